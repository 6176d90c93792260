// A table filled from empty is quicker to index once after its rows, when SQLite sorts the keys,
// than row by row into B-trees keyed by random ids: an import into a new vault and the timeline's
// first fill set the secondary indexes aside and build them again at the end
// (docs/performance-history.md).
// Unique indexes stay, so a row they refuse is refused as it comes. Inside a transaction only: a
// rollback brings the dropped indexes back with everything else.
import { sql } from 'drizzle-orm';
import type { Db } from './vault';

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Drops the non-unique indexes of `tables` and returns what creates them again, as they were.
export function setIndexesAside(db: Db, tables: readonly string[]): () => void {
  if (!tables.length) return () => {};
  const indexes = db
    .all<{ name: string; sql: string }>(
      sql`select name, sql from sqlite_master where type = 'index' and sql is not null
        and tbl_name in (select value from json_each(${JSON.stringify(tables)})) order by name`,
    )
    .filter((i) => !/^create\s+unique\s/i.test(i.sql));
  for (const i of indexes) db.run(sql.raw(`drop index ${quoted(i.name)}`));
  return () => {
    for (const i of indexes) db.run(sql.raw(i.sql));
  };
}
