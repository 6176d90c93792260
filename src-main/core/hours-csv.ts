// CSV exports of the hour log: one row per session, or one row per week. Written with papaparse;
// cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
import { sql } from 'drizzle-orm';
import Papa from 'papaparse';
import type { Supervisee } from '../contract/schemas';
import type { AppDb } from '../db/vault';
import { addDays } from './dates';
import { hoursSummary } from './hours-summary';
import { listPeriods, signatureFor } from './signing';

function safe(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csv(fields: string[], rows: unknown[][]): string {
  return `${Papa.unparse({ fields, data: rows.map((r) => r.map(safe)) }, { newline: '\r\n' })}\r\n`;
}

export const SESSION_CSV_FIELDS = ['supervisee', 'registration_number', 'date', 'start_time', 'duration_minutes', 'supervision_hours', 'format', 'group_size', 'modality', 'observation', 'site', 'cases_discussed', 'topics', 'direct_hours', 'indirect_hours', 'signed', 'signature_sha256'];
export const WEEKLY_CSV_FIELDS = ['supervisee', 'registration_number', 'week_start', 'week_end', 'sessions', 'supervision_hours', 'individual_triadic_hours', 'group_hours', 'direct_hours', 'indirect_hours', 'signed', 'signature_sha256'];

// One query for the whole export (hours per session come from the session index), not one per person.
export function sessionsCsv(db: AppDb, people: Supervisee[], from: string, to: string): { text: string; rows: number } {
  const only = people.length === 1 ? sql`and s.supervisee_id = ${people[0]!.id}` : sql``;
  const found = db.all<{ superviseeId: string; date: string; startTime: string | null; minutes: number; format: string; groupSize: number | null; modality: string; observation: string; site: string; cases: string; topics: string; direct: number; indirect: number }>(sql`
    select s.supervisee_id as superviseeId, s.date as date, s.start_time as startTime, s.duration_minutes as minutes, s.format as format,
      s.group_size as groupSize, s.modality as modality, s.observation as observation, s.site as site, s.cases_discussed as cases, s.topics as topics,
      coalesce((select sum(h.hours) from client_hours h where h.session_id = s.id and h.kind = 'direct'), 0) as direct,
      coalesce((select sum(h.hours) from client_hours h where h.session_id = s.id and h.kind = 'indirect'), 0) as indirect
    from supervision_sessions s
    where s.deleted_at is null and s.date between ${from} and ${to} ${only}
    order by s.date, s.created_at`);
  const bySupervisee = new Map<string, typeof found>();
  for (const r of found) {
    const list = bySupervisee.get(r.superviseeId);
    if (list) list.push(r);
    else bySupervisee.set(r.superviseeId, [r]);
  }
  const rows: unknown[][] = [];
  for (const p of people) {
    const periods = listPeriods(db, p.id);
    for (const s of bySupervisee.get(p.id) ?? []) {
      const sig = signatureFor(periods, s.date);
      rows.push([p.fullName, p.registrationNumber, s.date, s.startTime ?? '', s.minutes, Math.round((s.minutes / 60) * 100) / 100, s.format, s.groupSize ?? '', s.modality, s.observation, s.site, s.cases, s.topics, s.direct, s.indirect, sig ? 'yes' : 'no', sig?.contentSha256 ?? '']);
    }
  }
  return { text: csv(SESSION_CSV_FIELDS, rows), rows: rows.length };
}

export function weeklyCsv(db: AppDb, people: Supervisee[], from: string, to: string): { text: string; rows: number } {
  const rows: unknown[][] = [];
  for (const p of people) {
    const periods = listPeriods(db, p.id);
    for (const w of hoursSummary(db, p.id, from, to).weeks) {
      // A week counts as signed when a signed period covers all of it.
      const sig = periods.find((x) => x.status === 'signed' && x.periodStart <= w.weekStart && addDays(w.weekStart, 6) <= x.periodEnd);
      rows.push([p.fullName, p.registrationNumber, w.weekStart, addDays(w.weekStart, 6), w.sessions, w.supervisionHours, w.individualTriadicHours, w.groupHours, w.directHours, w.indirectHours, sig ? 'yes' : 'no', sig?.contentSha256 ?? '']);
    }
  }
  return { text: csv(WEEKLY_CSV_FIELDS, rows), rows: rows.length };
}
