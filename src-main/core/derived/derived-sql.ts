// Every view and trigger that derives rows from the features' records, generated from what the
// features declare (features.ts). The migrations hold this SQL as it was when each was written; a
// test compares the live database's sqlite_master with it, and `npm run db:derived` writes a new
// migration when a declaration changes (docs/adding-a-feature.md).
import type { Feature } from '../feature';
import { FEATURES } from '../features';
import { searchSql, type SearchArm } from '../search/search-sql';
import { timelineSql, type TimelineArm } from '../timeline/timeline-sql';
import type { DerivedObject } from './projection';
import { hoursByDayTriggers } from '../hours/hours-by-day-sql';

export function derivedSql(): DerivedObject[] {
  return [
    ...timelineSql(FEATURES.flatMap((f: Feature): readonly TimelineArm[] => f.timeline ?? [])),
    ...searchSql(FEATURES.flatMap((f: Feature): readonly SearchArm[] => f.search ?? [])),
    ...hoursByDayTriggers(),
  ];
}

// The names the generated objects own: anything else by these names is left from an older migration.
export const DERIVED_PREFIXES = ['timeline_', 'search_index_', 'hours_by_day_'] as const;

// The derived views and triggers a database holds now, as sqlite_master keeps them.
export function liveDerived(sqlite: { prepare(sql: string): { all(): unknown[] } }): DerivedObject[] {
  const rows = sqlite
    .prepare(
      `select type, name, sql from sqlite_master where (type = 'view') or (type = 'trigger' and (${DERIVED_PREFIXES.map(
        (p) => `name like '${p.replace(/_/g, '!_')}%' escape '!'`,
      ).join(' or ')})) order by name`,
    )
    .all() as DerivedObject[];
  return rows;
}
