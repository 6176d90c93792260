// The timeline: everything recorded about a supervisee (or about all of them) as one stream, newest
// first, read a page at a time by a keyset cursor on (day, kind, id), never by offset.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate } from './common';
import {
  FEEDBACK_SOURCES,
  GOAL_STATUSES,
  MEETING_FREQUENCIES,
  RESPONDENTS,
  RISK_FLAGS,
  SESSION_FORMATS,
  SESSION_MODALITIES,
  ATTENDANCE,
} from './enums';

export const TIMELINE_KINDS = [
  'session',
  'period_signed',
  'period_reopened',
  'note',
  'action_created',
  'action_due',
  'action_done',
  'reflection',
  'review',
  'goal_set',
  'goal_review',
  'agreement',
  'checkin',
  'feedback',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

// The kinds a person filters by, each standing for one or more kinds of event.
export const TIMELINE_GROUPS = {
  sessions: { label: 'Sessions', kinds: ['session'] },
  periods: {
    label: 'Signed periods',
    kinds: ['period_signed', 'period_reopened'],
  },
  notes: { label: 'Case notes', kinds: ['note'] },
  actions: {
    label: 'Action items',
    kinds: ['action_created', 'action_due', 'action_done'],
  },
  reflections: { label: 'Reflections', kinds: ['reflection'] },
  reviews: { label: 'Reviews', kinds: ['review'] },
  goals: {
    label: 'Goals and agreement',
    kinds: ['goal_set', 'goal_review', 'agreement'],
  },
  alliance: { label: 'Check-ins and feedback', kinds: ['checkin', 'feedback'] },
} as const satisfies Record<string, { label: string; kinds: readonly TimelineKind[] }>;
export type TimelineGroup = keyof typeof TIMELINE_GROUPS;
export const TIMELINE_GROUP_IDS = Object.keys(TIMELINE_GROUPS) as TimelineGroup[];

// A cursor is exclusive: the page starts just past it. Its id is any uuid-shaped string, so that
// "the end of a day" (the highest kind and id) can be a cursor too.
const eventId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Not a valid id.');
export const timelineCursor = z.strictObject({
  at: isoDate,
  kind: z.enum(TIMELINE_KINDS),
  id: eventId,
});
export type TimelineCursor = z.infer<typeof timelineCursor>;

export const timelinePageInput = z.strictObject({
  // One supervisee's stream, or everyone's when left out.
  superviseeId: id.optional(),
  // Only these groups of events (all when left out).
  groups: z
    .array(z.enum(TIMELINE_GROUP_IDS as [TimelineGroup, ...TimelineGroup[]]))
    .min(1)
    .max(8)
    .optional(),
  // Only notes with this risk flag, or with any.
  risk: z.enum([...RISK_FLAGS, 'any']).optional(),
  // Only events whose line holds these words.
  text: z.string().trim().max(100, 'Keep the filter under 100 characters.').optional(),
  // Older: the page after `cursor` going back in time. Newer: the page before it, going forward.
  direction: z.enum(['older', 'newer']).default('older'),
  cursor: timelineCursor.optional(),
  // Jump: start at this day (its events and older ones). Ignored when a cursor is given.
  from: isoDate.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TimelinePageInput = z.input<typeof timelinePageInput>;
export type TimelinePageQuery = z.output<typeof timelinePageInput>;

// A stored flag: SQLite's json_object writes a comparison as 0 or 1.
const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((v) => v === true || v === 1);
const period = z.strictObject({ from: isoDate, to: isoDate });
const action = z.strictObject({ caseCode: z.string(), noteId: id, due: isoDate.nullable(), done: flag });

// The small facts each kind of event carries, named as the features' timeline declarations write
// them (core/*/derived.ts; a test holds the two to the same names).
export const TIMELINE_DETAIL = {
  session: z.strictObject({
    minutes: z.number(),
    format: z.enum(SESSION_FORMATS),
    modality: z.enum(SESSION_MODALITIES),
    attendance: z.enum(ATTENDANCE),
  }),
  period_signed: period,
  period_reopened: period,
  note: z.strictObject({ caseCode: z.string() }),
  action_created: action,
  action_due: action,
  action_done: action,
  reflection: z.strictObject({ setId: z.string(), caseCode: z.string().nullable() }),
  review: z.strictObject({ frameworkId: z.string() }),
  goal_set: z.strictObject({ target: isoDate.nullable() }),
  goal_review: z.strictObject({ status: z.enum(GOAL_STATUSES), goalId: id }),
  agreement: z.strictObject({ version: z.number().int(), frequency: z.enum(MEETING_FREQUENCIES) }),
  checkin: z.strictObject({
    goals: z.number(),
    tasks: z.number(),
    bond: z.number(),
    respondent: z.enum(RESPONDENTS),
  }),
  feedback: z.strictObject({ source: z.enum(FEEDBACK_SOURCES) }),
} satisfies Record<TimelineKind, z.ZodType>;
export type TimelineDetail<K extends TimelineKind = TimelineKind> = z.output<(typeof TIMELINE_DETAIL)[K]>;

const eventFields = {
  id,
  superviseeId: id,
  superviseeName: z.string(),
  at: z.string(),
  label: z.string(),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  // A finalised review: the competencies whose level changed since the review before it.
  moved: z.array(
    z.strictObject({
      name: z.string(),
      from: z.number().nullable(),
      to: z.number().nullable(),
    }),
  ),
  // A check-in: the parts that dropped 2 points or more against that person's recent average.
  drops: z.array(z.string()),
  // A finalised review with no earlier review of the same framework: nothing to have moved from.
  firstReview: z.boolean(),
  // A flagged note whose risk a later note of the case closed (it has no flags): that note's day.
  riskClosedOn: z.string().nullable(),
};
const eventOf = <K extends TimelineKind>(kind: K) =>
  z.strictObject({ ...eventFields, kind: z.literal(kind), detail: TIMELINE_DETAIL[kind] });
const [firstKind, ...otherKinds] = TIMELINE_KINDS;
// One event: its kind says which facts its detail holds, so the renderer reads them without a cast.
export const timelineEvent = z.discriminatedUnion('kind', [
  eventOf(firstKind),
  ...otherKinds.map((k) => eventOf(k)),
] as unknown as [ReturnType<typeof eventOf<TimelineKind>>]) as unknown as z.ZodType<
  { [K in TimelineKind]: z.output<ReturnType<typeof eventOf<K>>> }[TimelineKind],
  { [K in TimelineKind]: z.input<ReturnType<typeof eventOf<K>>> }[TimelineKind]
>;
export type TimelineEvent = z.output<typeof timelineEvent>;

export const timelinePage = z.strictObject({
  // Newest first, whichever direction was asked for.
  events: z.array(timelineEvent),
  // Where the next older page starts, or null at the oldest event.
  older: timelineCursor.nullable(),
  // Where the next newer page starts, or null at the newest event.
  newer: timelineCursor.nullable(),
});
export type TimelinePage = z.infer<typeof timelinePage>;

export const timelineChannels = {
  // The events, and what dresses them: a review's moved levels, a check-in's drops, a risk closed.
  'timeline.page': {
    input: timelinePageInput,
    output: timelinePage,
    reads: [
      'timeline_events',
      'supervisees',
      'competency_reviews',
      'ratings',
      'frameworks',
      'alliance_checkins',
      'case_notes',
    ],
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const timelineExamples = (ids: ExampleIds): ExamplesFor<typeof timelineChannels> => ({
  'timeline.page': {
    superviseeId: ids.supervisee,
    groups: ['notes', 'actions'],
    risk: 'any',
    text: 'check',
    direction: 'older',
    cursor: { at: '2026-02-01', kind: 'note', id: ids.note },
    limit: 20,
  },
});
