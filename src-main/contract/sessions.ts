// Supervision sessions and the client-contact hours logged with them. The session's fields and
// rules are declared here once; the import format (core/data-transfer) reuses them.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, text } from './common';
import {
  ATTENDANCE,
  DIRECT_ACTIVITIES,
  HELD,
  OBSERVATIONS,
  SESSION_FORMATS,
  SESSION_MODALITIES,
  type Attendance,
} from './enums';

export const hoursKind = z.enum(['direct', 'indirect']);
export const hoursAmount = z
  .number({ error: 'Enter the hours, like 1.5.' })
  .positive('Hours must be more than 0.')
  .max(100, 'More than 100 hours in one entry: check the number.');

// Direct hours name what was done with clients; indirect hours (notes, consultation) do not.
export const activityRule = {
  check: (e: { kind: string; activity: string | null }) => (e.kind === 'direct') === (e.activity !== null),
  params: { message: 'Direct hours need an activity; indirect hours have none.', path: ['activity'] },
};

export const hoursEntry = z
  .strictObject({
    kind: hoursKind,
    activity: z.enum(DIRECT_ACTIVITIES).nullable().default(null),
    hours: hoursAmount,
  })
  .refine(activityRule.check, activityRule.params);
export type HoursEntry = z.infer<typeof hoursEntry>;

// Everything a session records except its client-contact hours.
export const sessionRecordFields = {
  date: isoDate,
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.')
    .nullable()
    .default(null),
  durationMinutes: z
    .number({ error: 'Enter the length in minutes, like 60.' })
    .int('Whole minutes, please.')
    .min(1, 'At least 1 minute.')
    .max(720, 'More than 12 hours: check the duration.'),
  format: z.enum(SESSION_FORMATS),
  groupSize: z
    .number({ error: 'Enter how many supervisees were in the group.' })
    .int('Whole people, please.')
    .max(500, 'More than 500 supervisees in one group: check the number.')
    .nullable()
    .default(null),
  modality: z.enum(SESSION_MODALITIES),
  observation: z.enum(OBSERVATIONS).default('none'),
  // Only held time counts; a partly held session's duration is the time held.
  attendance: z.enum(ATTENDANCE).default('held'),
  site: text().default(''),
  casesDiscussed: text(1000).default(''),
  topics: text(2000).default(''),
  summary: text(8000).default(''),
  followUps: text(4000).default(''),
};
// A session's hours lines, one per kind and activity at most in practice; the cap keeps one session
// from holding thousands (a hand-made import did: sessions.list then returned megabytes).
export const MAX_HOURS_PER_SESSION = 30;
const sessionFields = {
  ...sessionRecordFields,
  hours: z
    .array(hoursEntry)
    .max(MAX_HOURS_PER_SESSION, `At most ${MAX_HOURS_PER_SESSION} lines of hours on one session.`)
    .default([]),
};

// A group is 3 or more supervisees (docs/domain.md); 2 is triadic. Only groups have a size.
export function groupRule(v: { format?: string; groupSize?: number | null }, ctx: z.RefinementCtx): void {
  if (v.format === 'group' && (v.groupSize ?? 0) < 3) {
    ctx.addIssue({
      code: 'custom',
      path: ['groupSize'],
      message: 'A group has at least 3 supervisees; use triadic for 2.',
    });
  }
  if (v.format !== undefined && v.format !== 'group' && v.groupSize !== null && v.groupSize !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['groupSize'], message: 'Only group sessions have a group size.' });
  }
}

// Client hours come with a session that took place; those of a cancelled one belong to their week.
export const NOT_HELD_HOURS = 'A session that did not take place has no client hours; log them for their week instead.';
export function heldHoursRule(v: { attendance?: Attendance; hours?: unknown[] }, ctx: z.RefinementCtx): void {
  if (v.attendance && !HELD.includes(v.attendance) && (v.hours?.length ?? 0) > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['hours'],
      message: NOT_HELD_HOURS,
    });
}
const sessionRules = (
  v: Parameters<typeof groupRule>[0] & Parameters<typeof heldHoursRule>[0],
  ctx: z.RefinementCtx,
) => {
  groupRule(v, ctx);
  heldHoursRule(v, ctx);
};

export const sessionInput = z.strictObject({ superviseeId: id, ...sessionFields }).superRefine(sessionRules);
export type SessionInput = z.input<typeof sessionInput>;
export type NewSession = z.output<typeof sessionInput>;
export const sessionPatch = z.strictObject(sessionFields).superRefine(sessionRules);
export type SessionPatch = z.output<typeof sessionPatch>;

export const session = z.strictObject({
  id,
  superviseeId: id,
  date: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  format: z.enum(SESSION_FORMATS),
  groupSize: z.number().int().nullable(),
  modality: z.enum(SESSION_MODALITIES),
  observation: z.enum(OBSERVATIONS),
  attendance: z.enum(ATTENDANCE),
  site: z.string(),
  casesDiscussed: z.string(),
  topics: z.string(),
  summary: z.string(),
  followUps: z.string(),
  hours: z.array(
    z.strictObject({ kind: hoursKind, activity: z.enum(DIRECT_ACTIVITIES).nullable(), hours: z.number() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof session>;

export const sessionQuery = z.strictObject({
  superviseeId: id,
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});
export type SessionFilter = z.output<typeof sessionQuery>;

export const sessionChannels = {
  'sessions.list': { reads: ['supervision_sessions', 'client_hours'], input: sessionQuery, output: z.array(session) },
  // The supervisee's most recent session: defaults for the quick-log form and "repeat last session".
  'sessions.last': {
    reads: ['supervision_sessions', 'client_hours'],
    input: z.strictObject({ superviseeId: id }),
    output: session.nullable(),
  },
  'sessions.create': { input: sessionInput, output: session },
  'sessions.update': { input: z.strictObject({ id, patch: sessionPatch }), output: session },
  // Deleting is undoable: sessions.restore brings it back.
  'sessions.delete': { input: z.strictObject({ id }), output: z.strictObject({ id }) },
  'sessions.restore': { input: z.strictObject({ id }), output: session },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const sessionsExamples = (ids: ExampleIds): ExamplesFor<typeof sessionChannels> => ({
  'sessions.list': { superviseeId: ids.supervisee },
  'sessions.last': { superviseeId: ids.supervisee },
  'sessions.create': {
    superviseeId: ids.supervisee,
    date: '2026-01-06',
    durationMinutes: 90,
    format: 'group',
    groupSize: 4,
    modality: 'video',
    hours: [{ kind: 'direct', activity: 'individual', hours: 3 }],
  },
  'sessions.update': {
    id: ids.session,
    patch: {
      date: '2026-01-05',
      durationMinutes: 45,
      format: 'triadic',
      modality: 'phone',
    },
  },
  'sessions.delete': { id: ids.session },
  'sessions.restore': { id: ids.session },
});
