// CSV exports of the hour log: one row per session, or one row per week. Written with papaparse, a
// supervisee at a time straight to the file, so an export of every session never sits in memory
// whole; cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
import { round2 } from '../../contract/numbers';
import { sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { DIRECT_ACTIVITIES, HELD, type Attendance } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import type { WriteChunk } from '../../db/atomic-write';
import type { Db } from '../../db/vault';
import { addDays, weekStart } from '../../contract/dates';
import { hoursSummary } from './hours-summary';
import { listPeriods, signatureFor } from '../signing/signing';

function safe(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

// A header, then batches of rows; returns how many rows went out.
function csvOut(write: WriteChunk, fields: string[]) {
  let count = 0;
  write(`${Papa.unparse([fields], { newline: '\r\n' })}\r\n`);
  return {
    rows(rows: unknown[][]) {
      if (!rows.length) return;
      write(
        `${Papa.unparse(
          rows.map((r) => r.map(safe)),
          { newline: '\r\n' },
        )}\r\n`,
      );
      count += rows.length;
    },
    get count() {
      return count;
    },
  };
}

export const SESSION_CSV_FIELDS = [
  'supervisee',
  'registration_number',
  'entry',
  'date',
  'week_start',
  'start_time',
  'duration_minutes',
  // held, partial, cancelled_notice, cancelled_late or no_show: only held time is supervision_hours.
  'attendance',
  'supervision_hours',
  'format',
  'group_size',
  'modality',
  'observation',
  'site',
  'cases_discussed',
  'topics',
  'direct_hours',
  ...DIRECT_ACTIVITIES.map((a) => `direct_${a}_hours`),
  'indirect_hours',
  'signed',
  'signature_sha256',
];
const SESSION_ONLY_BLANKS = Array<string>(
  SESSION_CSV_FIELDS.indexOf('direct_hours') - SESSION_CSV_FIELDS.indexOf('start_time'),
).fill('');
export const WEEKLY_CSV_FIELDS = [
  'supervisee',
  'registration_number',
  'week_start',
  'week_end',
  'sessions',
  'supervision_hours',
  'individual_triadic_hours',
  'group_hours',
  'direct_hours',
  ...DIRECT_ACTIVITIES.map((a) => `direct_${a}_hours`),
  'indirect_hours',
  'signed',
  'signature_sha256',
];

// Each week's direct hours per activity, from the per-day totals the triggers keep.
function directByWeek(db: Db, superviseeId: string, from: string, to: string): Map<string, number[]> {
  const cols = DIRECT_ACTIVITIES.map((a) => `direct_${a}_hours`).join(', ');
  const out = new Map<string, number[]>();
  for (const d of db.all<Record<string, number> & { day: string }>(
    sql`select day, ${sql.raw(cols)} from hours_by_day
      where supervisee_id = ${superviseeId} and day between ${from} and ${to}`,
  )) {
    const w = weekStart(d.day);
    const sums = out.get(w) ?? DIRECT_ACTIVITIES.map(() => 0);
    DIRECT_ACTIVITIES.forEach((a, i) => (sums[i]! += d[`direct_${a}_hours`] ?? 0));
    out.set(w, sums);
  }
  return out;
}

// A session's direct hours per activity, in DIRECT_ACTIVITIES order (0 where none).
function activities(json: string | undefined): number[] {
  const by = json ? (JSON.parse(json) as Record<string, number>) : {};
  return DIRECT_ACTIVITIES.map((a) => round2(by[a] ?? 0));
}

// Per supervisee: their sessions in date order from the (supervisee, date) index, and the client
// hours logged with each session (always filed under the session's supervisee) in one grouped read.
export function sessionsCsv(db: Db, people: Supervisee[], from: string, to: string, write: WriteChunk): number {
  const out = csvOut(write, SESSION_CSV_FIELDS);
  for (const p of people) {
    const sessions = db.all<{
      id: string;
      date: string;
      startTime: string | null;
      minutes: number;
      format: string;
      groupSize: number | null;
      modality: string;
      observation: string;
      attendance: Attendance;
      site: string;
      cases: string;
      topics: string;
    }>(sql`
      select id, date, start_time as startTime, duration_minutes as minutes, format, group_size as groupSize,
        modality, observation, attendance, site, cases_discussed as cases, topics
      from supervision_sessions where supervisee_id = ${p.id} and deleted_at is null and date between ${from} and ${to}
      order by date, created_at`);
    // Hours logged for a whole week are their own rows, dated on the Sunday they are counted on.
    const weeks = db.all<{
      weekStart: string;
      date: string;
      direct: number;
      indirect: number;
      byActivity: string;
    }>(sql`
      select weekStart, date, total(iif(kind = 'direct', hours, 0)) as direct,
        total(iif(kind = 'indirect', hours, 0)) as indirect,
        json_group_object(coalesce(activity, '-'), hours) as byActivity
      from (select period_start as weekStart, period_end as date, kind, activity, total(hours) as hours
            from client_hours
            where supervisee_id = ${p.id} and session_id is null and period_end between ${from} and ${to}
            group by period_start, period_end, kind, activity)
      group by weekStart, date order by date`);
    if (!sessions.length && !weeks.length) continue;
    const hours = new Map(
      db
        .all<{
          sessionId: string;
          direct: number;
          indirect: number;
          byActivity: string;
        }>(
          sql`
          select session_id as sessionId, total(iif(kind = 'direct', hours, 0)) as direct,
            total(iif(kind = 'indirect', hours, 0)) as indirect,
            json_group_object(coalesce(activity, '-'), hours) as byActivity
          from (select session_id, kind, activity, total(hours) as hours from client_hours
                where supervisee_id = ${p.id} and session_id is not null group by session_id, kind, activity)
          group by session_id`,
        )
        .map((h) => [h.sessionId, h]),
    );
    const periods = listPeriods(db, p.id);
    const sessionRows = sessions.map((s) => {
      const sig = signatureFor(periods, s.date);
      const h = hours.get(s.id);
      return [
        p.fullName,
        p.registrationNumber,
        'session',
        s.date,
        '',
        s.startTime ?? '',
        s.minutes,
        s.attendance,
        HELD.includes(s.attendance) ? round2(s.minutes / 60) : 0,
        s.format,
        s.groupSize ?? '',
        s.modality,
        s.observation,
        s.site,
        s.cases,
        s.topics,
        h?.direct ?? 0,
        ...activities(h?.byActivity),
        h?.indirect ?? 0,
        sig ? 'yes' : 'no',
        sig?.contentSha256 ?? '',
      ];
    });
    const weekRows = weeks.map((w) => {
      const sig = signatureFor(periods, w.date);
      return [
        p.fullName,
        p.registrationNumber,
        'week',
        w.date,
        w.weekStart,
        ...SESSION_ONLY_BLANKS, // start time to topics: a week has no session
        round2(w.direct),
        ...activities(w.byActivity),
        round2(w.indirect),
        sig ? 'yes' : 'no',
        sig?.contentSha256 ?? '',
      ];
    });
    out.rows(mergeByDate(sessionRows, weekRows));
  }
  return out.count;
}

// Both lists are in date order (column 3); a week row follows the sessions of its Sunday.
function mergeByDate(a: unknown[][], b: unknown[][]): unknown[][] {
  const out: unknown[][] = [];
  let j = 0;
  for (const row of a) {
    while (j < b.length && (b[j]![3] as string) < (row[3] as string)) out.push(b[j++]!);
    out.push(row);
  }
  return out.concat(b.slice(j));
}

export function weeklyCsv(db: Db, people: Supervisee[], from: string, to: string, write: WriteChunk): number {
  const out = csvOut(write, WEEKLY_CSV_FIELDS);
  for (const p of people) {
    const periods = listPeriods(db, p.id);
    const byActivity = directByWeek(db, p.id, from, to);
    out.rows(
      hoursSummary(db, p.id, from, to).weeks.map((w) => {
        // A week counts as signed when a signed period covers all of it.
        const sig = periods.find(
          (x) => x.status === 'signed' && x.periodStart <= w.weekStart && addDays(w.weekStart, 6) <= x.periodEnd,
        );
        return [
          p.fullName,
          p.registrationNumber,
          w.weekStart,
          addDays(w.weekStart, 6),
          w.sessions,
          w.supervisionHours,
          w.individualTriadicHours,
          w.groupHours,
          w.directHours,
          ...(byActivity.get(w.weekStart) ?? DIRECT_ACTIVITIES.map(() => 0)).map(round2),
          w.indirectHours,
          sig ? 'yes' : 'no',
          sig?.contentSha256 ?? '',
        ];
      }),
    );
  }
  return out.count;
}
