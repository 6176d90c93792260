// CSV exports of the hour log: one row per session, or one row per week. Written with papaparse;
// cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
import Papa from 'papaparse';
import type { Supervisee } from '../contract/schemas';
import type { AppDb } from '../db/vault';
import { addDays } from './dates';
import { hoursSummary } from './hours-summary';
import { listSessions } from './sessions';
import { listPeriods, signatureFor } from './signing';

function safe(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csv(fields: string[], rows: unknown[][]): string {
  return `${Papa.unparse({ fields, data: rows.map((r) => r.map(safe)) }, { newline: '\r\n' })}\r\n`;
}

export const SESSION_CSV_FIELDS = ['supervisee', 'registration_number', 'date', 'start_time', 'duration_minutes', 'supervision_hours', 'format', 'group_size', 'modality', 'observation', 'site', 'cases_discussed', 'topics', 'direct_hours', 'indirect_hours', 'signed', 'signature_sha256'];
export const WEEKLY_CSV_FIELDS = ['supervisee', 'registration_number', 'week_start', 'week_end', 'sessions', 'supervision_hours', 'individual_triadic_hours', 'group_hours', 'direct_hours', 'indirect_hours', 'signed', 'signature_sha256'];

export function sessionsCsv(db: AppDb, people: Supervisee[], from: string, to: string): { text: string; rows: number } {
  const rows: unknown[][] = [];
  for (const p of people) {
    const periods = listPeriods(db, p.id);
    for (const s of listSessions(db, { superviseeId: p.id, from, to, limit: 5000 }).reverse()) {
      const sig = signatureFor(periods, s.date);
      const direct = s.hours.filter((h) => h.kind === 'direct').reduce((n, h) => n + h.hours, 0);
      const indirect = s.hours.filter((h) => h.kind === 'indirect').reduce((n, h) => n + h.hours, 0);
      rows.push([p.fullName, p.registrationNumber, s.date, s.startTime ?? '', s.durationMinutes, Math.round((s.durationMinutes / 60) * 100) / 100, s.format, s.groupSize ?? '', s.modality, s.observation, s.site, s.casesDiscussed, s.topics, direct, indirect, sig ? 'yes' : 'no', sig?.contentSha256 ?? '']);
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
