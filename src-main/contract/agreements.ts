// The supervision agreement (versioned: an amendment keeps the earlier text) and its goals, each
// with a status, a target date and a history of reviews.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, text } from './common';
import { ENDING_STEPS, GOAL_STATUSES, MEETING_FREQUENCIES } from './enums';

export const agreementFields = {
  frequency: z.enum(MEETING_FREQUENCIES),
  // Format and place: "individual, video, Tuesdays 9:00".
  format: text(500),
  // How feedback is given both ways.
  feedback: text(2000),
  evaluationDates: z
    .array(isoDate)
    .max(24, 'At most 24 evaluation dates.')
    .transform((d) => [...new Set(d)].sort()),
  // The agreed end of formal supervision, and what happens then.
  endsOn: isoDate.nullable(),
  endingSteps: z
    .array(z.enum(ENDING_STEPS))
    .max(ENDING_STEPS.length)
    .transform((s) => ENDING_STEPS.filter((x) => s.includes(x))),
  endingPlan: text(2000),
};

export const agreementInput = z.strictObject({
  superviseeId: id,
  ...agreementFields,
  // Required from the second version on: what changed and why.
  reason: text(1000).nullable().default(null),
  // The day this version was agreed; today (local calendar) when not given.
  agreedOn: isoDate.optional(),
});
export type AgreementInput = z.output<typeof agreementInput>;

export const agreement = z.strictObject({
  id,
  superviseeId: id,
  version: z.number().int().min(1),
  frequency: z.enum(MEETING_FREQUENCIES),
  format: z.string(),
  feedback: z.string(),
  evaluationDates: z.array(z.string()),
  endsOn: z.string().nullable(),
  endingSteps: z.array(z.enum(ENDING_STEPS)),
  endingPlan: z.string(),
  reason: z.string().nullable(),
  agreedOn: z.string(),
  createdAt: z.string(),
});
export type Agreement = z.infer<typeof agreement>;

// A countersignature of one version, received from the supervisee's vault (docs/exchange.md).
export const countersignature = z.strictObject({
  version: z.number().int(),
  sha256: z.string(),
  countersignedOn: z.string(),
  name: z.string(),
  receivedAt: z.string(),
});
export type Countersignature = z.infer<typeof countersignature>;

export const goalReview = z.strictObject({
  id,
  goalId: id,
  superviseeId: id,
  reviewedOn: z.string(),
  status: z.enum(GOAL_STATUSES),
  comment: z.string(),
  createdAt: z.string(),
});
export type GoalReview = z.infer<typeof goalReview>;

export const goal = z.strictObject({
  id,
  superviseeId: id,
  text: z.string(),
  targetDate: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  setOn: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  // Newest first.
  reviews: z.array(goalReview),
});
export type Goal = z.infer<typeof goal>;

export const goalFields = {
  text: text(500).min(1, 'Say what the goal is.'),
  targetDate: isoDate.nullable(),
  // The day the goal was agreed; today (local calendar) when a new goal does not say.
  setOn: isoDate.optional(),
};
export const goalInput = z.strictObject({ superviseeId: id, ...goalFields });
// A goal reviewed monthly for eight years is 96 reviews.
export const MAX_REVIEWS_PER_GOAL = 100;
export const goalReviewInput = z.strictObject({
  id,
  reviewedOn: isoDate,
  status: z.enum(GOAL_STATUSES),
  comment: text(2000),
});
export type GoalReviewInput = z.output<typeof goalReviewInput>;

export const agreementChannels = {
  // Every version of a supervisee's agreement, newest (the one in force) first; none yet is [].
  'agreement.versions': {
    reads: ['agreements'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(agreement),
  },
  // Writes the first version, or amends: a new version, the earlier ones kept as they were.
  'agreement.save': { input: agreementInput, output: agreement },
  // The supervisee's countersignatures received from their vault, newest first.
  'agreement.countersignatures': {
    reads: ['exchange_peers', 'exchange_packets'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(countersignature),
  },
  // A supervisee's goals, open ones first, each with its reviews.
  'goals.list': {
    reads: ['goals', 'goal_reviews'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(goal),
  },
  'goals.create': { input: goalInput, output: goal },
  // Rewording or a new target date; the status changes only through a review.
  'goals.update': { input: z.strictObject({ id, ...goalFields }), output: goal },
  'goals.review': { input: goalReviewInput, output: goal },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const agreementsExamples = (ids: ExampleIds): ExamplesFor<typeof agreementChannels> => ({
  'agreement.versions': { superviseeId: ids.supervisee },
  'agreement.countersignatures': { superviseeId: ids.supervisee },
  'agreement.save': {
    superviseeId: ids.supervisee,
    frequency: 'weekly',
    format: 'Individual',
    feedback: 'Both ways, monthly',
    evaluationDates: ['2026-06-01'],
    endsOn: '2027-01-01',
    endingSteps: ['final_evaluation'],
    endingPlan: 'A final meeting',
    reason: 'Changed',
  },
  'goals.list': { superviseeId: ids.supervisee },
  'goals.create': {
    superviseeId: ids.supervisee,
    text: 'Lead a group',
    targetDate: '2026-09-01',
  },
  'goals.update': { id: ids.supervisee, text: 'Lead a group', targetDate: null },
  'goals.review': {
    id: ids.supervisee,
    reviewedOn: '2026-03-02',
    status: 'in_progress',
    comment: 'Getting there',
  },
});
