// The search index as the features declare it: each searchable kind is one arm of the view
// search_source, and the FTS5 table search_index is kept equal to it by generated triggers
// (core/derived). An index row's rowid is its row in search_rows, given when the record is first
// indexed: it grows as records are written (search ranks the newest matches) and says nothing of
// the kind, so a new searchable kind changes no other kind's triggers.
import { getTableName, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { SearchKind } from '../../contract/search';
import type { Db } from '../../db/vault';
import { literals, triggersSql, viewSql, type DerivedObject, type ProjectionArm } from '../derived/projection';

export interface SearchArm {
  kind: SearchKind;
  table: SQLiteTable;
  alias: string;
  // The day the record is about, as SQL over the alias.
  day: string;
  // Words matched and shown: the title, and the body's parts (joined by new lines).
  title: string;
  body: readonly string[];
  // Filter words of the kind's own beyond its kind and supervisee (" riskflag"), as SQL.
  tags?: string;
  where?: string;
  // What a hit shows beside its words, read from the record when the hit is shown (not indexed).
  shown?: { caseCode?: string; riskFlags?: string };
}

export const SEARCH_VIEW = 'search_source';
const COLUMNS = ['kind', 'record_id', 'supervisee_id', 'day', 'title', 'body', 'tags'];
const INDEXED = 'kind, record_id, supervisee_id, day, title, body, tags';

// A row's kind and supervisee are words of the `tags` column ("kindnote", "who<id without dashes>"),
// so filtering by them is a join of FTS5's own lists (core/search/search.ts reads them).
const toArm = (s: SearchArm): ProjectionArm => ({
  table: s.table,
  alias: s.alias,
  ...(s.where ? { where: s.where } : {}),
  columns: [
    `'${s.kind}'`,
    `${s.alias}.id`,
    `${s.alias}.supervisee_id`,
    s.day,
    s.title,
    s.body.join(' || char(10) || '),
    `'kind${s.kind} who' || replace(${s.alias}.supervisee_id, '-', '')${s.tags ? ` || ${s.tags}` : ''}`,
  ],
});

// The index's rows for one kind and record id: its rowid is looked up once (FTS5 finds a rowid
// by equality; an IN list or a join would read the whole index).
const rowOf = (kind: string, id: string) => `(SELECT id FROM search_rows WHERE kind = '${kind}' AND record_id = ${id})`;

export function searchSql(declared: readonly SearchArm[]): DerivedObject[] {
  const kindsOf = (table: string) => declared.filter((s) => getTableName(s.table) === table).map((s) => s.kind);
  const remove = (table: string, id: string) =>
    kindsOf(table).map((k) => `DELETE FROM search_index WHERE rowid = ${rowOf(k, id)}`);
  const add = (table: string) => {
    const kinds = literals(kindsOf(table));
    // Not INSERT OR IGNORE: a trigger fired by a foreign key's action (ON DELETE SET NULL) takes that
    // action's conflict handling, which aborts on the row already there.
    return [
      `INSERT INTO search_rows (kind, record_id) SELECT s.kind, s.record_id FROM ${SEARCH_VIEW} s ` +
        `WHERE s.kind IN (${kinds}) AND s.record_id = new.id AND NOT EXISTS ` +
        '(SELECT 1 FROM search_rows r WHERE r.kind = s.kind AND r.record_id = s.record_id)',
      `INSERT INTO search_index (rowid, ${INDEXED}) SELECT r.id, s.kind, s.record_id, s.supervisee_id, s.day, ` +
        `s.title, s.body, s.tags FROM ${SEARCH_VIEW} s JOIN search_rows r ON r.kind = s.kind AND r.record_id = ` +
        `s.record_id ` +
        `WHERE s.kind IN (${kinds}) AND s.record_id = new.id`,
    ];
  };
  const arms = declared.map(toArm);
  return [
    viewSql(SEARCH_VIEW, COLUMNS, arms),
    ...triggersSql('search_index', arms, {
      insert: add,
      // A record soft-deleted leaves the index and keeps its search_rows row: restored, it comes back
      // where it was.
      update: (table) => [...remove(table, 'old.id'), ...add(table)],
      delete: (table) => [
        ...remove(table, 'old.id'),
        `DELETE FROM search_rows WHERE kind IN (${literals(kindsOf(table))}) AND record_id = old.id`,
      ],
    }),
  ];
}

// The search index made again from its view (a migration's SQL, after the view changed). Records
// keep their rows' order: first as the old index held them (by rowid, the order they were written),
// then any it did not hold.
export const SEARCH_REFILL = [
  'INSERT OR IGNORE INTO search_rows (kind, record_id) SELECT kind, record_id FROM search_index ORDER BY rowid',
  `INSERT OR IGNORE INTO search_rows (kind, record_id) SELECT kind, record_id FROM ${SEARCH_VIEW}`,
  'DELETE FROM search_index',
  `INSERT INTO search_index (rowid, ${INDEXED}) ` +
    `SELECT r.id, s.kind, s.record_id, s.supervisee_id, s.day, s.title, s.body, s.tags FROM ${SEARCH_VIEW} s ` +
    'JOIN search_rows r ON r.kind = s.kind AND r.record_id = s.record_id',
  "INSERT INTO search_index (search_index) VALUES ('optimize')",
];

// The triggers that keep the index as records are written (a bulk load sets them aside).
export const SEARCH_TRIGGERS = "name like 'search!_index!_%' escape '!'";

// FTS5 writes its pending words out as a new segment each time they pass `hashsize` (1 MB unless set),
// then merges segments as it goes. 4 MB while filling: 16 s instead of 28 s for the career-scale index
// (docs/performance-history.md), for a few MB more at the peak.
const FILL_HASHSIZE = 4 * 1024 * 1024;
const DEFAULT_HASHSIZE = 1024 * 1024;

// What the triggers would have added for these supervisees' records written since they were set
// aside: rows for records the index has never held, then their words. Records the index already
// holds keep their rows.
export function refillSearchOf(db: Db, superviseeIds: readonly string[]): void {
  const before = db.get<{ last: number }>(sql`select coalesce(max(id), 0) as last from search_rows`)?.last ?? 0;
  // FTS5 takes an integer only, and a bound JavaScript number arrives as a real.
  const hashsize = (size: number) =>
    db.run(
      sql`insert into search_index (search_index, rank) values ('hashsize', ${sql.raw(String(Math.trunc(size)))})`,
    );
  const kept = db.get<{ v: number }>(sql`select v from search_index_config where k = 'hashsize'`)?.v;
  hashsize(FILL_HASHSIZE);
  if (before === 0) fillEmpty(db);
  else for (const id of superviseeIds) refillOne(db, id, before);
  hashsize(kept ?? DEFAULT_HASHSIZE);
}

// An index that has never held a record (a new vault's import) takes every record of the view in
// one pass, each table read in its own order. Each row's rowid is looked up by its unique key
// rather than joined: a join made SQLite build the whole view in memory (1.2 GB at career scale),
// and one supervisee at a time read each table's pages once per supervisee. FTS5 takes the rows in
// rowid order, which is the order they were numbered in: 11.5 s instead of 18 s at career scale.
function fillEmpty(db: Db): void {
  const view = sql.raw(SEARCH_VIEW);
  db.run(sql`insert into search_rows (kind, record_id) select kind, record_id from ${view}`);
  db.run(sql`insert into search_index (rowid, ${sql.raw(INDEXED)})
    select (select r.id from search_rows r where r.record_id = s.record_id and r.kind = s.kind),
      s.kind, s.record_id, s.supervisee_id, s.day, s.title, s.body, s.tags from ${view} s`);
}

// One supervisee's records the index has not held, so each arm of the view reads that supervisee's
// index range (an import into a vault that has records of its own).
function refillOne(db: Db, superviseeId: string, before: number): void {
  const view = sql.raw(SEARCH_VIEW);
  db.run(sql`insert into search_rows (kind, record_id) select s.kind, s.record_id from ${view} s
    where s.supervisee_id = ${superviseeId} and not exists
      (select 1 from search_rows r where r.kind = s.kind and r.record_id = s.record_id)`);
  db.run(sql`insert into search_index (rowid, ${sql.raw(INDEXED)})
    select r.id, s.kind, s.record_id, s.supervisee_id, s.day, s.title, s.body, s.tags from ${view} s
    join search_rows r on r.kind = s.kind and r.record_id = s.record_id
    where s.supervisee_id = ${superviseeId} and r.id > ${before}`);
}
