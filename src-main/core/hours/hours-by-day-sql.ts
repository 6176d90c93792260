// hours_by_day's totals worked out from the rows, built from the kinds of session and hours the
// contract lists: what a bulk load does once for the supervisees it wrote, instead of the per-row
// triggers (drizzle/0007, frozen). A property test (hours-by-day.test.ts) holds the two equal.
import { sql, type SQL } from 'drizzle-orm';
import { DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../../contract/enums';
import type { Db } from '../../db/vault';

interface Sum {
  column: string;
  when: string;
}

// Minutes of supervision by format, modality and observation.
const SESSION_SUMS: Sum[] = [
  ...SESSION_FORMATS.map((f) => ({ column: `${f}_minutes`, when: `s.format = '${f}'` })),
  ...SESSION_MODALITIES.map((m) => ({ column: `${m}_minutes`, when: `s.modality = '${m}'` })),
  ...OBSERVATIONS.map((o) => ({
    column: o === 'none' ? 'unobserved_minutes' : `${o}_observed_minutes`,
    when: `s.observation = '${o}'`,
  })),
];
// Client-contact hours: direct by activity, and indirect.
const HOURS_SUMS: Sum[] = [
  ...DIRECT_ACTIVITIES.map((a) => ({ column: `direct_${a}_hours`, when: `h.kind = 'direct' and h.activity = '${a}'` })),
  { column: 'indirect_hours', when: `h.kind = 'indirect'` },
];

const columns = (sums: Sum[]) => sums.map((s) => s.column).join(', ');

// Rebuilds the days of the supervisees `whose` selects (an SQL condition on supervisee_id).
export function rebuildHoursByDay(db: Db, whose: (alias: string) => SQL): void {
  const sessionSums = SESSION_SUMS.map((x) => `sum(iif(${x.when}, s.duration_minutes, 0))`).join(', ');
  const hoursSums = HOURS_SUMS.map((x) => `total(iif(${x.when}, h.hours, 0))`).join(', ');
  const added = ['hour_entries', ...HOURS_SUMS.map((x) => x.column)].map((c) => `${c} = ${c} + excluded.${c}`);
  db.run(sql`delete from hours_by_day where ${whose('hours_by_day')}`);
  db.run(sql`
    insert into hours_by_day (supervisee_id, day, sessions, ${sql.raw(columns(SESSION_SUMS))})
    select s.supervisee_id, s.date, count(*), ${sql.raw(sessionSums)}
    from supervision_sessions s where s.deleted_at is null and ${whose('s')}
    group by s.supervisee_id, s.date`);
  // Hours count when they have no session or their session is counted; a day may already have a row.
  db.run(sql`
    insert into hours_by_day (supervisee_id, day, hour_entries, ${sql.raw(columns(HOURS_SUMS))})
    select h.supervisee_id, h.period_end, count(*), ${sql.raw(hoursSums)}
    from client_hours h left join supervision_sessions s on s.id = h.session_id
    where s.deleted_at is null and ${whose('h')}
    group by h.supervisee_id, h.period_end
    on conflict (supervisee_id, day) do update set
      ${sql.raw(added.join(', '))}`);
}

// The triggers that keep hours_by_day as sessions and hours are written (a bulk load sets them aside).
export const HOURS_TRIGGERS = "(name like 'hours_by_day_%' and tbl_name in ('supervision_sessions', 'client_hours'))";
