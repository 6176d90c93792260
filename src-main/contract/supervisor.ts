// The supervisor's own page: their licences with numbers and expiry, the supervision training their
// board asks of supervisors (California: 15 hours before supervising, 6 per renewal), their
// self-assessments, and what comes due across the caseload in the next 60 days.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, id, isoDate, text } from './common';

const trainingHours = z
  .number({ error: 'Enter hours, like 15.' })
  .min(0, 'Hours cannot be negative.')
  .max(500, 'More than 500 hours: check the number.');

export const licenceFields = z
  .strictObject({
    title: text(120).min(1, 'Name the licence, like "LMFT".'),
    number: text(100).default(''),
    jurisdiction: text(120).default(''),
    renewedOn: isoDate.nullable().default(null),
    expiresOn: isoDate.nullable().default(null),
    trainingBeforeHours: trainingHours.default(0),
    trainingPerRenewalHours: trainingHours.default(0),
  })
  .refine((l) => !l.renewedOn || !l.expiresOn || l.renewedOn < l.expiresOn, {
    message: 'The licence expires before it was renewed: check the dates.',
    path: ['expiresOn'],
  });

export const trainingFields = z.strictObject({
  happenedOn: isoDate,
  hours: z
    .number({ error: 'Enter the hours, like 6.' })
    .positive('Hours must be more than 0.')
    .max(100, 'More than 100 hours in one entry: check the number.'),
  title: text(200).min(1, 'Say what the training was.'),
});

export const selfAssessmentFields = z
  .strictObject({ doneOn: isoDate, nextDueOn: isoDate.nullable().default(null) })
  .refine((s) => !s.nextDueOn || s.nextDueOn > s.doneOn, {
    message: 'The next one is due after this one.',
    path: ['nextDueOn'],
  });

const licence = z.strictObject({
  id,
  title: z.string(),
  number: z.string(),
  jurisdiction: z.string(),
  renewedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  trainingBeforeHours: z.number(),
  trainingPerRenewalHours: z.number(),
  // Training hours logged in all (for "before supervising") and within this renewal period.
  trainingTotal: z.number(),
  trainingThisRenewal: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Licence = z.infer<typeof licence>;

const dueItem = z.strictObject({
  kind: z.enum(['licence', 'training', 'self_assessment', 'agreement_ends', 'evaluation', 'forms_after_end']),
  on: z.string(),
  what: z.string(),
  superviseeId: id.nullable(),
});
export type DueItem = z.infer<typeof dueItem>;

export const supervisorPage = z.strictObject({
  licences: z.array(licence),
  training: z.array(z.strictObject({ id, happenedOn: z.string(), hours: z.number(), title: z.string() })),
  selfAssessments: z.array(z.strictObject({ id, doneOn: z.string(), nextDueOn: z.string().nullable() })),
  // What falls due within the next 60 days (or is already overdue), soonest first.
  due: z.array(dueItem),
});
export type SupervisorPage = z.infer<typeof supervisorPage>;

export const supervisorChannels = {
  'supervisor.page': {
    reads: ['supervisor_licences', 'supervisor_training', 'supervisor_self_assessments', 'agreements', 'supervisees'],
    input: z.strictObject({ today: isoDate }),
    output: supervisorPage,
  },
  'supervisor.saveLicence': {
    input: z.strictObject({ id: id.nullable().default(null), licence: licenceFields }),
    output: z.strictObject({ id }),
  },
  'supervisor.deleteLicence': { input: z.strictObject({ id }), output: done },
  'supervisor.addTraining': { input: trainingFields, output: z.strictObject({ id }) },
  'supervisor.deleteTraining': { input: z.strictObject({ id }), output: done },
  'supervisor.recordSelfAssessment': { input: selfAssessmentFields, output: z.strictObject({ id }) },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const supervisorExamples = (ids: ExampleIds): ExamplesFor<typeof supervisorChannels> => ({
  'supervisor.page': { today: '2026-12-01' },
  'supervisor.saveLicence': {
    licence: { title: 'LMFT', number: '000000', jurisdiction: 'California', expiresOn: '2027-06-30' },
  },
  'supervisor.deleteLicence': { id: ids.supervisee },
  'supervisor.addTraining': { happenedOn: '2026-11-02', hours: 6, title: 'Supervision workshop' },
  'supervisor.deleteTraining': { id: ids.supervisee },
  'supervisor.recordSelfAssessment': { doneOn: '2026-11-02', nextDueOn: '2028-11-02' },
});
