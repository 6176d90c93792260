// Bringing in past hours and sessions from a spreadsheet (CSV or Excel): the user maps columns to
// what they mean, sees every row as it will be saved or why it is refused, and nothing is written
// until every row is accepted or the refused ones are left out.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, none, text } from './common';
import { DIRECT_ACTIVITIES, SESSION_FORMATS, SESSION_MODALITIES } from './enums';

const column = z.string().min(1, 'Choose a column.').max(200);
export const DATE_FORMATS = ['auto', 'ymd', 'mdy', 'dmy', 'excel'] as const;
export const DATE_FORMAT_LABELS: Record<(typeof DATE_FORMATS)[number], string> = {
  auto: 'Work it out (asks when a day could be read two ways)',
  ymd: 'Year, month, day (2026-11-02)',
  mdy: 'Month, day, year (11/02/2026)',
  dmy: 'Day, month, year (02/11/2026 or 02.11.2026)',
  excel: 'Excel day numbers (46328)',
};

export const historyMapping = z.strictObject({
  date: column,
  dateFormat: z.enum(DATE_FORMATS).default('auto'),
  // A row with minutes is a session; a row without is hours for the week its date falls in.
  minutes: column.nullable().default(null),
  format: column.nullable().default(null),
  defaultFormat: z.enum(SESSION_FORMATS).default('individual'),
  groupSize: column.nullable().default(null),
  modality: column.nullable().default(null),
  defaultModality: z.enum(SESSION_MODALITIES).default('in_person'),
  attendance: column.nullable().default(null),
  // Hours of supervision by format on one row (a weekly sheet): each becomes a session that long.
  supervision: z
    .array(z.strictObject({ column, format: z.enum(SESSION_FORMATS) }))
    .max(3)
    .default([]),
  // Client-contact hours: direct by activity, or indirect.
  hours: z
    .array(
      z.strictObject({
        column,
        kind: z.enum(['direct', 'indirect']),
        activity: z.enum(DIRECT_ACTIVITIES).nullable().default(null),
      }),
    )
    .max(12)
    .default([]),
});
export type HistoryMapping = z.output<typeof historyMapping>;
export type HistoryMappingInput = z.input<typeof historyMapping>;

export const historyTable = z.strictObject({
  token: id.nullable(),
  name: z.string(),
  columns: z.array(z.string()),
  rowCount: z.number().int(),
  // The first rows as text, to map columns by what they hold.
  sample: z.array(z.array(z.string())),
  // A mapping that fits the header: Alliance's own CSV exports are recognised.
  suggested: z.strictObject({ name: z.string(), mapping: historyMapping }).nullable(),
});

export const historyRow = z.strictObject({
  // The spreadsheet's own row number (the header is row 1).
  row: z.number().int(),
  ok: z.boolean(),
  // What the row will save, in words, or nothing when refused.
  saves: z.string(),
  problems: z.array(z.strictObject({ column: z.string(), message: z.string() })),
});

const totals = z.strictObject({
  sessions: z.number().int(),
  supervisionHours: z.number(),
  directHours: z.number(),
  indirectHours: z.number(),
});

export const historyPreview = z.strictObject({
  rows: z.array(historyRow),
  accepted: z.number().int(),
  refused: z.number().int(),
  // What the accepted rows add up to: the spreadsheet's own sums to check against.
  totals,
});
export type HistoryPreview = z.infer<typeof historyPreview>;

const request = { token: id, superviseeId: id, mapping: historyMapping };

export const historyChannels = {
  // Asks for a CSV or Excel file and reads it into memory (never written anywhere); null if cancelled.
  'history.chooseFile': { input: none, output: historyTable },
  'history.preview': { input: z.strictObject(request), output: historyPreview },
  // Writes every accepted row in one transaction; refused rows must be fixed in the file or left out.
  'history.import': {
    input: z.strictObject({ ...request, leaveOutRefused: z.boolean().default(false) }),
    output: totals,
  },
  'history.mappings': {
    reads: ['settings'],
    input: none,
    output: z.array(z.strictObject({ name: z.string(), mapping: historyMapping })),
  },
  'history.saveMapping': {
    input: z.strictObject({ name: text(80).min(1, 'Name the mapping, like "Old tracker".'), mapping: historyMapping }),
    output: z.strictObject({ name: z.string() }),
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const historyExamples = (ids: ExampleIds): ExamplesFor<typeof historyChannels> => ({
  'history.chooseFile': {},
  'history.preview': { token: ids.supervisee, superviseeId: ids.supervisee, mapping: { date: 'date' } },
  'history.import': {
    token: ids.supervisee,
    superviseeId: ids.supervisee,
    mapping: { date: 'date', minutes: 'minutes' },
    leaveOutRefused: true,
  },
  'history.mappings': {},
  'history.saveMapping': {
    name: 'Old tracker',
    mapping: { date: 'Date', hours: [{ column: 'Hours', kind: 'indirect' }] },
  },
});
