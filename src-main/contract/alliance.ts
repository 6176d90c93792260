// The relationship around the supervision: alliance check-ins (goals, tasks and bond on 0-10),
// feedback the supervisor received, and the supervisee's constellation of other supervisors and
// mentors.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, id, isoDate, text } from './common';
import { ALLIANCE_PARTS, CONSTELLATION_ROLES, FEEDBACK_SOURCES, RESPONDENTS } from './enums';

export const slider = z
  .number()
  .int('Use a whole number from 0 to 10.')
  .min(0, 'From 0 to 10.')
  .max(10, 'From 0 to 10.');

// One from each side, a few times over: more on one session is a mistake or a hostile file.
export const MAX_CHECKINS_PER_SESSION = 10;
export const checkinInput = z.strictObject({
  superviseeId: id,
  sessionId: id.nullable().default(null),
  checkedOn: isoDate,
  respondent: z.enum(RESPONDENTS),
  goals: slider,
  tasks: slider,
  bond: slider,
  comment: text(2000),
});
export type CheckinInput = z.output<typeof checkinInput>;

export const checkin = z.strictObject({
  id,
  superviseeId: id,
  sessionId: id.nullable(),
  checkedOn: z.string(),
  respondent: z.enum(RESPONDENTS),
  goals: z.number(),
  tasks: z.number(),
  bond: z.number(),
  comment: z.string(),
  createdAt: z.string(),
  // The parts that fell 2 or more points below the same respondent's recent average.
  drops: z.array(z.enum(ALLIANCE_PARTS)),
});
export type Checkin = z.infer<typeof checkin>;

const feedbackFields = {
  receivedOn: isoDate,
  source: z.enum(FEEDBACK_SOURCES),
  feedback: text(4000).min(1, 'Write what you were told.'),
  changed: text(4000),
};
export const feedbackItem = z.strictObject({
  id,
  superviseeId: id,
  receivedOn: z.string(),
  source: z.enum(FEEDBACK_SOURCES),
  feedback: z.string(),
  changed: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

const memberFields = {
  name: text(120).min(1, 'Give their name or how you refer to them.'),
  role: z.enum(CONSTELLATION_ROLES),
  covers: text(1000),
};
export const constellationMember = z.strictObject({
  id,
  superviseeId: id,
  name: z.string(),
  role: z.enum(CONSTELLATION_ROLES),
  covers: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConstellationMember = z.infer<typeof constellationMember>;

const bySupervisee = z.strictObject({ superviseeId: id });

export const allianceChannels = {
  // Oldest first, each with the drops it shows.
  'checkins.list': { reads: ['alliance_checkins'], input: bySupervisee, output: z.array(checkin) },
  'checkins.create': { input: checkinInput, output: checkin },
  'checkins.delete': { input: z.strictObject({ id }), output: done },
  // Newest first.
  'feedback.list': { reads: ['feedback_received'], input: bySupervisee, output: z.array(feedbackItem) },
  'feedback.create': { input: z.strictObject({ superviseeId: id, ...feedbackFields }), output: feedbackItem },
  'feedback.update': { input: z.strictObject({ id, ...feedbackFields }), output: feedbackItem },
  'feedback.delete': { input: z.strictObject({ id }), output: done },
  'constellation.list': { reads: ['constellation_members'], input: bySupervisee, output: z.array(constellationMember) },
  'constellation.add': { input: z.strictObject({ superviseeId: id, ...memberFields }), output: constellationMember },
  'constellation.update': { input: z.strictObject({ id, ...memberFields }), output: constellationMember },
  'constellation.remove': { input: z.strictObject({ id }), output: done },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const allianceExamples = (ids: ExampleIds): ExamplesFor<typeof allianceChannels> => ({
  'checkins.list': { superviseeId: ids.supervisee },
  'checkins.create': {
    superviseeId: ids.supervisee,
    sessionId: ids.session,
    checkedOn: '2026-01-05',
    respondent: 'supervisee',
    goals: 8,
    tasks: 7,
    bond: 9,
    comment: 'Felt heard',
  },
  'checkins.delete': { id: ids.supervisee },
  'feedback.list': { superviseeId: ids.supervisee },
  'feedback.create': {
    superviseeId: ids.supervisee,
    receivedOn: '2026-01-05',
    source: 'supervisee',
    feedback: 'More structure please',
    changed: 'Agenda first',
  },
  'feedback.update': {
    id: ids.supervisee,
    receivedOn: '2026-01-05',
    source: 'program',
    feedback: 'More structure please',
    changed: '',
  },
  'feedback.delete': { id: ids.supervisee },
  'constellation.list': { superviseeId: ids.supervisee },
  'constellation.add': {
    superviseeId: ids.supervisee,
    name: 'Dr. Example',
    role: 'site_supervisor',
    covers: 'Site cases',
  },
  'constellation.update': {
    id: ids.supervisee,
    name: 'Dr. Example',
    role: 'coach',
    covers: '',
  },
  'constellation.remove': { id: ids.supervisee },
});
