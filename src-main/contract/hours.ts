// Hours: a week's client-contact hours logged at once, totals over a period, and the exports
// boards and programs ask for.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, savedFile } from './common';
import { DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from './enums';
import { hoursEntry } from './sessions';

export const hoursRange = z
  .strictObject({
    range: z.enum(['week', 'month', 'year', 'all', 'custom']).default('all'),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((r) => r.range !== 'custom' || (r.from && r.to && r.from <= r.to), {
    message: 'A custom range needs a start on or before its end.',
    path: ['from'],
  });

const byKey = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);
export const hoursSummary = z.strictObject({
  from: z.string().nullable(),
  to: z.string().nullable(),
  sessions: z.number().int(),
  supervisionHours: z.number(),
  byFormat: byKey(SESSION_FORMATS),
  byModality: byKey(SESSION_MODALITIES),
  byObservation: byKey(OBSERVATIONS),
  directHours: z.number(),
  indirectHours: z.number(),
  byActivity: byKey(DIRECT_ACTIVITIES),
  // Week entries that cross the range's start or end: each is counted where its week ends (its
  // Sunday), so `counted` says whether this range holds it.
  edgeWeeks: z.array(
    z.strictObject({
      weekStart: z.string(),
      weekEnd: z.string(),
      directHours: z.number(),
      indirectHours: z.number(),
      counted: z.boolean(),
    }),
  ),
  weeks: z.array(
    z.strictObject({
      weekStart: z.string(),
      sessions: z.number().int(),
      supervisionHours: z.number(),
      individualTriadicHours: z.number(),
      groupHours: z.number(),
      directHours: z.number(),
      indirectHours: z.number(),
    }),
  ),
});
export type HoursSummary = z.infer<typeof hoursSummary>;

export const weekHoursInput = z.strictObject({
  superviseeId: id,
  weekStart: isoDate,
  entries: z.array(hoursEntry).min(1, 'Enter direct or indirect hours.').max(30),
});
export type WeekHours = z.output<typeof weekHoursInput>;

export const weekEntry = z.strictObject({
  superviseeId: id,
  weekStart: z.string(),
  weekEnd: z.string(),
  entries: z.array(
    z.strictObject({
      kind: z.enum(['direct', 'indirect']),
      activity: z.enum(DIRECT_ACTIVITIES).nullable(),
      hours: z.number(),
    }),
  ),
  directHours: z.number(),
  indirectHours: z.number(),
  signed: z.boolean(),
});
export type WeekEntry = z.infer<typeof weekEntry>;

// Replaces a week's hours with these lines; no lines deletes the week's entry.
export const setWeekInput = z.strictObject({
  superviseeId: id,
  weekStart: isoDate,
  entries: z.array(hoursEntry).max(30),
});
export type SetWeek = z.output<typeof setWeekInput>;

export const csvExportInput = z.strictObject({
  superviseeId: z.union([id, z.literal('all')]),
  from: isoDate,
  to: isoDate,
  layout: z.enum(['sessions', 'weekly']),
});
export type CsvExportRequest = z.output<typeof csvExportInput>;

export const pdfExportInput = z
  .strictObject({ superviseeId: id, from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, {
    message: 'The period starts after it ends.',
    path: ['from'],
  });
export type PdfExportRequest = z.output<typeof pdfExportInput>;

export const hoursChannels = {
  'hours.logWeek': {
    input: weekHoursInput,
    output: z.strictObject({ added: z.number().int() }),
  },
  'hours.weekEntries': {
    reads: ['weekly_hours', 'signed_periods', 'signed_period_content'],
    input: z.strictObject({
      superviseeId: id,
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
    output: z.array(weekEntry),
  },
  'hours.setWeek': {
    input: setWeekInput,
    output: z.strictObject({
      previous: z.array(hoursEntry),
      entry: weekEntry.nullable(),
    }),
  },
  'hours.summary': {
    input: z.strictObject({ superviseeId: id, period: hoursRange }),
    output: hoursSummary,
    reads: ['hours_by_day', 'client_hours', 'supervisees'],
  },
  'hours.exportCsv': { input: csvExportInput, output: savedFile },
  'hours.exportPdf': { input: pdfExportInput, output: savedFile },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const hoursExamples = (ids: ExampleIds): ExamplesFor<typeof hoursChannels> => ({
  'hours.logWeek': {
    superviseeId: ids.supervisee,
    weekStart: '2026-01-05',
    entries: [{ kind: 'indirect', hours: 2 }],
  },
  'hours.weekEntries': { superviseeId: ids.supervisee },
  'hours.setWeek': {
    superviseeId: ids.supervisee,
    weekStart: '2026-01-05',
    entries: [{ kind: 'indirect', hours: 1 }],
  },
  'hours.summary': { superviseeId: ids.supervisee, period: { range: 'all' } },
  'hours.exportCsv': {
    superviseeId: 'all',
    from: '2026-01-01',
    to: '2026-12-31',
    layout: 'sessions',
  },
  'hours.exportPdf': {
    superviseeId: ids.supervisee,
    from: '2026-01-01',
    to: '2026-01-31',
  },
});
