// The timeline as the features declare it: each kind of event is one arm of the view
// timeline_source, and timeline_events is kept equal to it by generated triggers (core/derived).
import { getTableName, sql } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import { setIndexesAside } from '../../db/secondary-indexes';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { TimelineKind } from '../../contract/timeline';
import { literals, triggersSql, viewSql, type DerivedObject, type ProjectionArm } from '../derived/projection';

export interface TimelineArm {
  kind: TimelineKind;
  table: SQLiteTable;
  alias: string;
  join?: ProjectionArm['join'];
  // The day the event happened, as SQL over the aliases.
  at: string;
  // The event's line (at most about 140 characters of the record's own words).
  label: string;
  // Risk flags as a JSON list, or '' (the default).
  flags?: string;
  // The small facts the renderer shows, by name: their types are the contract's (contract/timeline.ts).
  detail: Record<string, string>;
  where?: string;
}

export const TIMELINE_VIEW = 'timeline_source';
const COLUMNS = ['id', 'kind', 'supervisee_id', 'at', 'label', 'flags', 'detail'];

const toArm = (t: TimelineArm): ProjectionArm => ({
  table: t.table,
  alias: t.alias,
  ...(t.join ? { join: t.join } : {}),
  ...(t.where ? { where: t.where } : {}),
  columns: [
    `${t.alias}.id`,
    `'${t.kind}'`,
    `${t.alias}.supervisee_id`,
    t.at,
    t.label,
    t.flags ?? "''",
    `json_object(${Object.entries(t.detail)
      .map(([k, v]) => `'${k}', ${v}`)
      .join(', ')})`,
  ],
});

export function timelineSql(declared: readonly TimelineArm[]): DerivedObject[] {
  const arms = declared.map(toArm);
  const kindsOf = (table: string) =>
    literals(declared.filter((t) => getTableName(t.table) === table).map((t) => t.kind));
  const make = (table: string, ids: string) =>
    `INSERT INTO timeline_events SELECT * FROM ${TIMELINE_VIEW} WHERE kind IN (${kindsOf(table)}) AND id ${ids}`;
  return [
    viewSql(TIMELINE_VIEW, COLUMNS, arms),
    ...triggersSql('timeline', arms, {
      insert: (table) => [make(table, '= new.id')],
      update: (table, children) => [
        'DELETE FROM timeline_events WHERE id = old.id',
        make(table, '= new.id'),
        ...children.flatMap((c) => {
          const ids = `IN (SELECT id FROM ${c.table} WHERE ${c.key} = new.id)`;
          return [`DELETE FROM timeline_events WHERE id ${ids}`, make(c.table, ids)];
        }),
      ],
      delete: () => ['DELETE FROM timeline_events WHERE id = old.id'],
    }),
  ];
}

// The generated triggers that keep the timeline, by name (a bulk load sets them aside).
export const TIMELINE_TRIGGERS = "name like 'timeline!_%' escape '!'";

// The whole timeline made again from its view (a migration's SQL, after the view changed).
export const TIMELINE_REFILL = [
  `DELETE FROM timeline_events`,
  `INSERT INTO timeline_events SELECT * FROM ${TIMELINE_VIEW}`,
];

// These supervisees' events read again from the view its triggers read: one supervisee at a time,
// so each arm of the view reads that supervisee's index range. An empty timeline (a new vault's
// import) is filled from the whole view in one pass, each table read once in its own order, and
// gets its indexes after its rows.
export function refillTimelineOf(db: Db, superviseeIds: readonly string[]): void {
  const view = sql.raw(TIMELINE_VIEW);
  if (!db.get(sql`select 1 from timeline_events limit 1`)) {
    const restoreIndexes = setIndexesAside(db, ['timeline_events']);
    db.run(sql`insert into timeline_events select * from ${view}`);
    restoreIndexes();
    return;
  }
  for (const id of superviseeIds) {
    db.run(sql`delete from timeline_events where supervisee_id = ${id}`);
    db.run(sql`insert into timeline_events select * from ${view} where supervisee_id = ${id}`);
  }
}
