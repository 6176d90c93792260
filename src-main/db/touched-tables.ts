// Which tables each request wrote, the triggers' own writes included (hours_by_day, the timeline,
// the search index's rows, the audit chain), so the renderer refreshes exactly the reads that
// depend on them (docs/architecture.md, "Reads refreshed by the tables a write touched"). Temporary
// triggers, one per table and kind of change, tell a function in this process; they live only on
// this connection and are never written to the vault.
import type { Database as SqliteDb } from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from './vault';

export interface TouchLog {
  // A point in the log: what is touched after it is what `since` returns.
  mark(): number;
  since(mark: number): string[];
}

const EVENTS = ['insert', 'update', 'delete'] as const;

// Rows finer than a table, named and reported like one (a feature's `rowSets`): a write to
// `table` whose row (before or after it) meets `when` touches `name`. `when` is SQL over the row,
// written with `row.` (the trigger's old or new).
export interface RowSet {
  name: string;
  table: string;
  when: string;
}

const rowsOf: Record<(typeof EVENTS)[number], string[]> = {
  insert: ['new'],
  update: ['old', 'new'],
  delete: ['old'],
};

export function trackTouchedTables(sqlite: SqliteDb, rowSets: readonly RowSet[] = []): TouchLog {
  let clock = 0;
  const last = new Map<string, number>();
  sqlite.function('alliance_touched', { deterministic: false, varargs: false }, (table: unknown) => {
    last.set(String(table), ++clock);
    return null;
  });
  // Real tables only: an FTS5 table's own shadow tables are written by FTS5 itself, and a write
  // to the index always comes with one to search_rows.
  const tables = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%'
        and name not like 'sqlite!_%' escape '!' and name not like 'search!_index!_%' escape '!'
        and name != '__drizzle_migrations'`,
    )
    .pluck()
    .all() as string[];
  for (const table of tables)
    for (const event of EVENTS)
      sqlite.exec(
        `create temp trigger "touched_${table}_${event}" after ${event} on main."${table}" ` +
          `begin select alliance_touched('${table}'); end`,
      );
  rowSets.forEach((set, i) => {
    for (const event of EVENTS) {
      const when = rowsOf[event].map((row) => `(${set.when.replaceAll('row.', `${row}.`)})`).join(' or ');
      sqlite.exec(
        `create temp trigger "touched_${set.name}_${i}_${event}" after ${event} on main."${set.table}" ` +
          `when ${when} begin select alliance_touched('${set.name}'); end`,
      );
    }
  });
  return {
    mark: () => clock,
    since: (mark) => [...last].filter(([, at]) => at > mark).map(([table]) => table),
  };
}

// A bulk load writes hundreds of thousands of rows, and each would call into this process. It sets
// these triggers aside (inside its transaction: a rollback brings them back) and, when it puts them
// back, reports every table and row set they watch as written, once. An import changes nearly every
// answer anyway.
export function setTouchTriggersAside(db: Db): () => void {
  const triggers = db.all<{ name: string; sql: string }>(
    sql`select name, sql from sqlite_temp_master where type = 'trigger' and name like 'touched!_%' escape '!'`,
  );
  for (const t of triggers) db.run(sql.raw(`drop trigger temp."${t.name.replace(/"/g, '""')}"`));
  return () => {
    // SQLite keeps a temporary trigger's SQL without its TEMP: run as stored, it would be written
    // into the vault itself, for every later connection (one without the function) to trip on.
    for (const t of triggers) db.run(sql.raw(t.sql.replace(/^CREATE TRIGGER /i, 'CREATE TEMP TRIGGER ')));
    const names = new Set(
      triggers.flatMap((t) => [...t.sql.matchAll(/alliance_touched\('([^']+)'\)/g)].map((m) => m[1]!)),
    );
    for (const name of names) db.get(sql`select alliance_touched(${name})`);
  };
}
