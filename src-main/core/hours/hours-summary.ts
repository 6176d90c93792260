// Totals of supervision and client-contact hours for one supervisee over a period: by format,
// modality and observation, direct hours by activity, and a row per week (Monday start). Read from
// hours_by_day, the per-day running totals the vault's triggers keep (drizzle/0007), so the cost
// follows the number of days with something logged, not the number of sessions and hour entries.
import { round2 } from '../../contract/numbers';
import { sql } from 'drizzle-orm';
import { DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../../contract/enums';
import type { HoursSummary } from '../../contract/hours';
import type { Db } from '../../db/vault';
import { weekStart } from '../../contract/dates';

// hours_by_day's column for each category (constants, never user input).
const FORMAT_MINUTES = {
  individual: 'individual_minutes',
  triadic: 'triadic_minutes',
  group: 'group_minutes',
} as const;
const MODALITY_MINUTES = {
  in_person: 'in_person_minutes',
  video: 'video_minutes',
  phone: 'phone_minutes',
} as const;
const OBSERVATION_MINUTES = {
  none: 'unobserved_minutes',
  live: 'live_observed_minutes',
  video: 'video_observed_minutes',
  audio: 'audio_observed_minutes',
} as const;
const ACTIVITY_HOURS = Object.fromEntries(DIRECT_ACTIVITIES.map((a) => [a, `direct_${a}_hours`])) as Record<
  (typeof DIRECT_ACTIVITIES)[number],
  string
>;

const SUPERVISION_MINUTES = Object.values(FORMAT_MINUTES).join(' + ');
const DIRECT_HOURS = Object.values(ACTIVITY_HOURS).join(' + ');
const TOTAL_COLUMNS = sql.raw(
  [
    'total(sessions) as sessions',
    ...[
      ...Object.entries(FORMAT_MINUTES),
      ...Object.entries(MODALITY_MINUTES),
      ...Object.entries(OBSERVATION_MINUTES),
    ].map(([, c]) => `total(${c}) as ${c}`),
    ...Object.values(ACTIVITY_HOURS).map((c) => `total(${c}) as ${c}`),
    'total(indirect_hours) as indirect_hours',
  ].join(', '),
);

const r2 = round2;
const hoursOf = <K extends string>(
  keys: readonly K[],
  columns: Record<K, string>,
  row: Record<string, number>,
  divisor: number,
) => Object.fromEntries(keys.map((k) => [k, r2(row[columns[k]]! / divisor)])) as Record<K, number>;

export function hoursSummary(db: Db, superviseeId: string, from: string | null, to: string | null): HoursSummary {
  const lo = from ?? '0000-01-01';
  const hi = to ?? '9999-12-31';
  const totals = db.get<Record<string, number>>(
    sql`select ${TOTAL_COLUMNS} from hours_by_day
      where supervisee_id = ${superviseeId} and day between ${lo} and ${hi}`,
  );
  const days = db.all<{
    day: string;
    sessions: number;
    individualTriadic: number;
    group: number;
    direct: number;
    indirect: number;
  }>(sql`
    select day, sessions, individual_minutes + triadic_minutes as individualTriadic, group_minutes as "group",
      ${sql.raw(DIRECT_HOURS)} as direct, indirect_hours as indirect
    from hours_by_day where supervisee_id = ${superviseeId} and day between ${lo} and ${hi} order by day`);

  // Days come in order, so each week's days are consecutive; minutes are summed, then turned to hours.
  type Week = {
    weekStart: string;
    sessions: number;
    itMinutes: number;
    groupMinutes: number;
    direct: number;
    indirect: number;
  };
  const open: Week[] = [];
  for (const d of days) {
    const w = weekStart(d.day);
    let last = open.at(-1);
    if (last?.weekStart !== w)
      open.push(
        (last = {
          weekStart: w,
          sessions: 0,
          itMinutes: 0,
          groupMinutes: 0,
          direct: 0,
          indirect: 0,
        }),
      );
    last.sessions += d.sessions;
    last.itMinutes += d.individualTriadic;
    last.groupMinutes += d.group;
    last.direct += d.direct;
    last.indirect += d.indirect;
  }
  const weeks = open.map((w) => ({
    weekStart: w.weekStart,
    sessions: w.sessions,
    supervisionHours: r2((w.itMinutes + w.groupMinutes) / 60),
    individualTriadicHours: r2(w.itMinutes / 60),
    groupHours: r2(w.groupMinutes / 60),
    directHours: r2(w.direct),
    indirectHours: r2(w.indirect),
  }));

  const t = totals!;
  const edgeWeeks = db.all<{
    weekStart: string;
    weekEnd: string;
    direct: number;
    indirect: number;
  }>(sql`
    select period_start as weekStart, period_end as weekEnd, total(iif(kind = 'direct', hours, 0)) as direct,
      total(iif(kind = 'indirect', hours, 0)) as indirect
    from client_hours where supervisee_id = ${superviseeId} and session_id is null
      and ((period_start < ${lo} and period_end >= ${lo}) or (period_start <= ${hi} and period_end > ${hi}))
    group by period_start, period_end order by period_start`);
  const byActivity = hoursOf(DIRECT_ACTIVITIES, ACTIVITY_HOURS, t, 1);
  return {
    from,
    to,
    sessions: t.sessions!,
    supervisionHours: r2(Object.values(FORMAT_MINUTES).reduce((sum, c) => sum + t[c]!, 0) / 60),
    byFormat: hoursOf(SESSION_FORMATS, FORMAT_MINUTES, t, 60),
    byModality: hoursOf(SESSION_MODALITIES, MODALITY_MINUTES, t, 60),
    byObservation: hoursOf(OBSERVATIONS, OBSERVATION_MINUTES, t, 60),
    directHours: r2(Object.values(ACTIVITY_HOURS).reduce((sum, c) => sum + t[c]!, 0)),
    indirectHours: r2(t.indirect_hours!),
    byActivity,
    edgeWeeks: edgeWeeks.map((e) => ({
      weekStart: e.weekStart,
      weekEnd: e.weekEnd,
      directHours: r2(e.direct),
      indirectHours: r2(e.indirect),
      counted: e.weekEnd >= lo && e.weekEnd <= hi,
    })),
    weeks,
  };
}

export interface RollupRow {
  superviseeId: string;
  sessions: number;
  supervisionHours: number;
  directHours: number;
  indirectHours: number;
}

// Totals per supervisee over a period, for a supervisor's whole caseload. The cross join keeps
// supervisees as the outer loop, so each one is a range read of hours_by_day's primary key.
export function hoursRollup(db: Db, from: string, to: string): RollupRow[] {
  const rows = db.all<{
    id: string;
    sessions: number;
    minutes: number;
    direct: number;
    indirect: number;
  }>(sql`
    select p.id as id, total(d.sessions) as sessions, total(${sql.raw(SUPERVISION_MINUTES)}) as minutes,
      total(${sql.raw(DIRECT_HOURS)}) as direct, total(d.indirect_hours) as indirect
    from supervisees p cross join hours_by_day d on d.supervisee_id = p.id and d.day between ${from} and ${to}
    group by p.id`);
  return rows.map((r) => ({
    superviseeId: r.id,
    sessions: r.sessions,
    supervisionHours: r2(r.minutes / 60),
    directHours: r2(r.direct),
    indirectHours: r2(r.indirect),
  }));
}

// Supervision hours per calendar month (YYYY-MM) for one supervisee, all time.
export function supervisionHoursByMonth(db: Db, superviseeId: string): Map<string, number> {
  const rows = db.all<{ month: string; minutes: number }>(sql`
    select substr(day, 1, 7) as month, total(${sql.raw(SUPERVISION_MINUTES)}) as minutes
    from hours_by_day where supervisee_id = ${superviseeId} group by month`);
  return new Map(rows.map((r) => [r.month, r.minutes / 60]));
}

// Every day with sessions or hours logged, from one day up to (not including) another, by day.
export function daysLogged(db: Db, from: string, before: string): { supervisee_id: string; day: string }[] {
  return db.all<{ supervisee_id: string; day: string }>(
    sql`select supervisee_id, day from hours_by_day where day >= ${from} and day < ${before} order by day`,
  );
}

// One supervisee's days with sessions or hours, from one day up to (not including) another.
export function daysLoggedBy(db: Db, superviseeId: string, from: string, before: string): string[] {
  return db
    .all<{ day: string }>(
      sql`select day from hours_by_day where supervisee_id = ${superviseeId} and day >= ${from} and day < ${before}
        order by day`,
    )
    .map((r) => r.day);
}

// The first and last day anything is logged for a supervisee (null when nothing is).
export function loggedSpan(db: Db, superviseeId: string): { first: string | null; last: string | null } {
  return (
    db.get<{ first: string | null; last: string | null }>(
      sql`select min(day) as first, max(day) as last from hours_by_day where supervisee_id = ${superviseeId}`,
    ) ?? { first: null, last: null }
  );
}
