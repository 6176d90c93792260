// A large import loads its rows with the per-row triggers of hours_by_day, of the timeline and of
// the search index set aside and does their work once at the end for the supervisees the file
// touches: per-day totals rebuilt from their rows (core/hours/hours-by-day-sql.ts), their timeline
// events read again from the timeline's view, and their new records' words added to the search
// index from its view (both views generated from the features' declarations: core/timeline,
// core/search). Per row, the search index was most of a career-scale import (docs/performance.md).
// Run inside the import's transaction: the triggers come back before it commits, or the rollback
// restores them. A property test (hours-by-day.test.ts) holds the rebuilt rows equal to the triggers'.
import { sql } from 'drizzle-orm';
import { setTouchTriggersAside } from '../../db/touched-tables';
import type { Db } from '../../db/vault';
import { HOURS_TRIGGERS, rebuildHoursByDay } from '../hours/hours-by-day-sql';
import { refillSearchOf, SEARCH_TRIGGERS } from '../search/search-sql';
import { refillTimelineOf, TIMELINE_TRIGGERS } from '../timeline/timeline-sql';
import { runSteps } from '../shared/steps';

const SUPERVISEE_IN = (ids: string) => (alias: string) =>
  sql`${sql.raw(alias)}.supervisee_id in (select value from json_each(${ids}))`;

// What the rebuild does, in order: each is yielded before it runs (core/shared/steps.ts).
export type RebuildStep = 'hours' | 'timeline' | 'search';

// Sets the per-row triggers of hours_by_day (on sessions and hours), of the timeline and the search
// index (on every table they show) and of the touched-tables log (db/touched-tables.ts) aside until
// the returned steps are run for the supervisees whose rows were written: they rebuild their days,
// events and words and put the triggers back, as they were written. Must be called inside a
// transaction.
export function setTriggersAside(db: Db): (superviseeIds: Iterable<string>) => Generator<RebuildStep, void> {
  const triggers = db.all<{ name: string; sql: string }>(sql`
    select name, sql from sqlite_master where type = 'trigger'
      and (${sql.raw(HOURS_TRIGGERS)} or ${sql.raw(TIMELINE_TRIGGERS)} or ${sql.raw(SEARCH_TRIGGERS)})
      order by name`);
  for (const t of triggers) db.run(sql.raw(`drop trigger "${t.name.replace(/"/g, '""')}"`));
  // And the connection's own triggers that report which tables a request wrote: once, at the end.
  const reportTouched = setTouchTriggersAside(db);
  return function* rebuild(superviseeIds) {
    const ids = [...superviseeIds];
    if (ids.length) {
      yield 'hours';
      rebuildHoursByDay(db, SUPERVISEE_IN(JSON.stringify(ids)));
      yield 'timeline';
      refillTimelineOf(db, ids);
      yield 'search';
      refillSearchOf(db, ids);
    }
    for (const t of triggers) db.run(sql.raw(t.sql));
    reportTouched();
  };
}

// Runs `load` (which writes sessions and hours of `superviseeIds`) with the triggers set aside.
export function bulkLoad<T>(db: Db, superviseeIds: string[], load: () => T): T {
  const rebuild = setTriggersAside(db);
  const result = load();
  runSteps(rebuild(superviseeIds));
  return result;
}
