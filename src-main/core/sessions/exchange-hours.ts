// The sessions feature's packets (docs/exchange.md): a supervisee's log of a period as the board reads
// it (sessions with their client hours, and hours logged by the week), without any of the free text a
// session carries; and the questions a supervisor sends back about lines that differ.
import { z } from 'zod';
import { isoDate, text } from '../../contract/common';
import { addDays, weekStart } from '../../contract/dates';
import { AppError } from '../../contract/errors';
import { hoursEntry, sessionRecordFields, groupRule, heldHoursRule } from '../../contract/sessions';
import type { Db } from '../../db/vault';
import { defineExchangeKind, type Period } from '../exchange/exchange-part';
import { loggedBetween } from './logged-between';
import { openQueries } from './reconcile';

const { date, startTime, durationMinutes, format, groupSize, modality, observation, attendance } = sessionRecordFields;
const exchangedSession = z
  .strictObject({
    date,
    startTime,
    durationMinutes,
    format,
    groupSize,
    modality,
    observation,
    attendance,
    hours: z.array(hoursEntry).max(30),
  })
  .superRefine((v, ctx) => {
    groupRule(v, ctx);
    heldHoursRule(v, ctx);
  });
const exchangedWeek = z.strictObject({ weekStart: isoDate, entries: z.array(hoursEntry).min(1).max(30) });
export type ExchangedSession = z.output<typeof exchangedSession>;
export type ExchangedWeek = z.output<typeof exchangedWeek>;

// A period of at most a year: about 600 sessions and 53 weeks at the most a person logs.
export const hoursRecords = z.strictObject({
  sessions: z.array(exchangedSession).max(2000),
  weeks: z.array(exchangedWeek).max(60),
});
export type HoursRecords = z.output<typeof hoursRecords>;

// This vault's log of a period as a packet carries it, with each session's id in the same order
// (reconciliation needs them to accept a line).
export function ownHoursWithIds(
  db: Db,
  superviseeId: string,
  period: Period,
): { records: HoursRecords; ids: string[] } {
  const { sessions, clientHours } = loggedBetween(db, superviseeId, period.from, period.to);
  const entry = (h: (typeof clientHours)[number]) => ({ kind: h.kind, activity: h.activity, hours: h.hours });
  const weeks = new Map<string, ExchangedWeek['entries']>();
  for (const h of clientHours.filter((x) => x.sessionId === null))
    weeks.set(h.periodStart, [...(weeks.get(h.periodStart) ?? []), entry(h)]);
  const records = {
    sessions: sessions.map((s) => ({
      date: s.date,
      startTime: s.startTime,
      durationMinutes: s.durationMinutes,
      format: s.format,
      groupSize: s.groupSize,
      modality: s.modality,
      observation: s.observation,
      attendance: 'attendance' in s ? s.attendance : ('held' as const),
      hours: clientHours.filter((h) => h.sessionId === s.id).map(entry),
    })),
    weeks: [...weeks].map(([weekStart, entries]) => ({ weekStart, entries })),
  };
  return { records, ids: sessions.map((s) => s.id) };
}

export const ownHours = (db: Db, superviseeId: string, period: Period) =>
  ownHoursWithIds(db, superviseeId, period).records;

const totalHours = (r: HoursRecords) =>
  r.sessions.flatMap((s) => s.hours).reduce((n, h) => n + h.hours, 0) +
  r.weeks.flatMap((w) => w.entries).reduce((n, h) => n + h.hours, 0);

export const hoursKind = defineExchangeKind({
  kind: 'hours',
  label: 'hours',
  records: hoursRecords.superRefine((r, ctx) => {
    // Dates are checked against the period by `check`, which knows it; here only the shape.
    if (r.sessions.length + r.weeks.length === 0)
      ctx.addIssue({ code: 'custom', message: 'Nothing is logged in those days: there is nothing to send.' });
  }),
  build: (db, superviseeId, period) => {
    if (addDays(period!.from, 366) <= period!.to)
      throw new AppError('validation', 'A packet covers at most a year: send a longer stretch a year at a time.');
    return ownHours(db, superviseeId, period!);
  },
  check: (_db, _id, r: HoursRecords, period) => {
    const { from, to } = period!;
    const outside =
      r.sessions.some((s) => s.date < from || s.date > to) ||
      r.weeks.some((w) => w.weekStart !== weekStart(w.weekStart) || addDays(w.weekStart, 6) < from || w.weekStart > to);
    if (outside)
      throw new AppError(
        'validation',
        'This packet holds hours outside the period it says it covers. Nothing was added.',
      );
  },
  preview: (r: HoursRecords, period) => [
    `Their log for ${period!.from} to ${period!.to}: ${r.sessions.length} sessions and ` +
      `${r.weeks.length} weeks of hours, ${round(totalHours(r))} client hours in all.`,
    'It is kept beside your own record; nothing in your log changes until you accept a line.',
  ],
});

const round = (n: number) => Math.round(n * 100) / 100;

// Questions about lines of a period, with the supervisor's note on each.
export const queryRecords = z.strictObject({
  lines: z
    .array(z.strictObject({ key: z.string().max(120), label: text(200), note: text(1000).min(1) }))
    .min(1)
    .max(500),
});

export const hoursQueriesKind = defineExchangeKind({
  kind: 'hours_queries',
  label: 'questions about hours',
  records: queryRecords,
  build: (db, superviseeId, period) => ({ lines: openQueries(db, superviseeId, period!) }),
  preview: (r: z.output<typeof queryRecords>) => [
    `${r.lines.length} question${r.lines.length === 1 ? '' : 's'} from your supervisor about your hours:`,
    ...r.lines.map((l) => `${l.label}: ${l.note}`),
  ],
});
