// The open JSON export format (documented in the README). Versioned: an importer accepts every
// version it knows and refuses newer ones with a clear message.
import { z } from 'zod';
import { DIRECT_ACTIVITIES } from '../../contract/enums';
import { activityRule, groupRule, hoursAmount, hoursKind, sessionRecordFields } from '../../contract/sessions';
import { id, isoDate, text } from '../../contract/common';
import { localToday } from '../../contract/dates';

// The most an import file may hold, checked before anything is parsed or validated (README, JSON
// export format). A career is 200 supervisees and 50,000 sessions; these leave room for a program.
export const IMPORT_LIMITS = {
  bytes: 512 * 1024 * 1024,
  supervisees: 20_000,
  sessions: 2_000_000,
  clientHours: 6_000_000,
  signedPeriods: 200_000,
  caseNotes: 2_000_000,
  noteActions: 6_000_000,
  agreements: 200_000,
  goals: 1_000_000,
  goalReviews: 4_000_000,
  promptSets: 10_000,
  reflections: 2_000_000,
  preparedPrompts: 200_000,
  frameworks: 10_000,
  competencyReviews: 400_000,
  ratings: 4_000_000,
  ratingEvidence: 8_000_000,
  constellationMembers: 200_000,
  allianceCheckins: 400_000,
  feedbackReceived: 400_000,
} as const;
import { actionInput, caseCode, noteRecordFields } from '../../contract/notes';
import { ownSetInput, promptId, setId, themes } from '../../contract/reflections';
import { agreementFields, goalFields } from '../../contract/agreements';
import { GOAL_STATUSES } from '../../contract/enums';
import { settingsValue } from '../../contract/settings';
import { superviseeFields } from '../../contract/supervisees';
import { definitionShape, frameworkChecks, frameworkId } from '../../contract/frameworks';
import { checkinInput } from '../../contract/alliance';
import { CONSTELLATION_ROLES, FEEDBACK_SOURCES, REVIEW_STATUSES } from '../../contract/enums';

// The day of the local calendar a moment fell on: what files before version 6 give for the day an
// agreement, goal, reflection or completed action item happened (the app showed that day for them).
const localDayOf = (timestamp: string) => localToday(new Date(timestamp));

// Imported records are checked as strictly as records typed into the app.
const isoTimestamp = z.iso.datetime({ message: 'Use an ISO timestamp like 2026-03-14T09:30:00.000Z.' });
// The same fields and limits as a supervisee typed into the app (contract/supervisees.ts).
const importedSupervisee = z.strictObject({
  id,
  ...superviseeFields,
  archivedAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const EXPORT_FORMAT = 'alliance-export';
// v1: supervisees, settings. v2: adds supervision sessions, client-contact hours, signed periods.
// v3: adds case notes and their action items. v4: adds supervision agreements (every version),
// goals and their reviews, the supervisor's own prompt sets, reflections (answers to prompts) and
// prompts prepared for a next meeting. v5: adds the supervisor's own competency frameworks (every
// version; built-in templates are not written, the app ships them), competency reviews with their
// ratings and evidence links, the constellation, alliance check-ins and feedback received. v6: the
// day each agreement version was agreed (agreedOn), each goal set (setOn), each reflection is about
// (reflectedOn) and each action item was done (doneOn), apart from when they were typed.
export const EXPORT_VERSION = 6;

// The same fields and rules as a session typed into the app (contract/sessions.ts), plus the
// record's own id and timestamps; its hours travel separately, as clientHours.
const importedSession = z
  .strictObject({
    id,
    superviseeId: id,
    ...sessionRecordFields,
    deletedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .superRefine(groupRule);

const importedHours = z
  .strictObject({
    id,
    superviseeId: id,
    sessionId: id.nullable(),
    periodStart: isoDate,
    periodEnd: isoDate,
    kind: hoursKind,
    activity: z.enum(DIRECT_ACTIVITIES).nullable(),
    hours: hoursAmount,
    createdAt: isoTimestamp,
  })
  .refine((h) => h.periodEnd >= h.periodStart, { message: 'The period ends before it starts.', path: ['periodEnd'] })
  .refine(activityRule.check, activityRule.params);

const importedPeriod = z
  .strictObject({
    id,
    superviseeId: id,
    periodStart: isoDate,
    periodEnd: isoDate,
    supervisorName: z.string().min(1).max(200),
    supervisorLicence: z.string().min(1).max(100),
    signedOn: isoDate,
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hash.'),
    reopenedAt: isoTimestamp.nullable(),
    reopenReason: z.string().max(1000).nullable(),
    // Added after version 2 files were first written: older files have none.
    reopenedBy: z.string().max(200).nullable().default(null),
    createdAt: isoTimestamp,
  })
  .refine((p) => p.periodEnd >= p.periodStart, { message: 'The period ends before it starts.', path: ['periodEnd'] });

// The same fields and limits as a note typed into the app (contract/notes.ts); its action items
// travel separately, as noteActions.
const importedNote = z.strictObject({
  id,
  superviseeId: id,
  ...noteRecordFields,
  deletedAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const importedAction = z
  .strictObject({
    id,
    noteId: id,
    superviseeId: id,
    text: actionInput.shape.text,
    due: isoDate.nullable(),
    doneAt: isoTimestamp.nullable(),
    // Since version 6; earlier files take the local day of doneAt.
    doneOn: isoDate.nullable().optional(),
    createdAt: isoTimestamp,
  })
  .transform(({ doneOn, ...a }) => ({ ...a, doneOn: doneOn ?? (a.doneAt ? localDayOf(a.doneAt) : null) }));

// Every version of an agreement, with the fields and limits of one typed into the app.
const importedAgreement = z
  .strictObject({
    id,
    superviseeId: id,
    version: z.number().int().min(1),
    ...agreementFields,
    reason: text(1000).nullable(),
    // Since version 6; earlier files take the local day of createdAt.
    agreedOn: isoDate.optional(),
    createdAt: isoTimestamp,
  })
  .refine((a) => a.version === 1 || !!a.reason, { message: 'An amended version needs its reason.', path: ['reason'] })
  .transform(({ agreedOn, ...a }) => ({ ...a, agreedOn: agreedOn ?? localDayOf(a.createdAt) }));

const importedGoal = z
  .strictObject({
    id,
    superviseeId: id,
    ...goalFields,
    status: z.enum(GOAL_STATUSES),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .transform(({ setOn, ...g }) => ({ ...g, setOn: setOn ?? localDayOf(g.createdAt) }));

const importedGoalReview = z.strictObject({
  id,
  goalId: id,
  superviseeId: id,
  reviewedOn: isoDate,
  status: z.enum(GOAL_STATUSES),
  comment: text(2000),
  createdAt: isoTimestamp,
});

// The supervisor's own set, with the limits of one made in the app; prompt ids unique within it.
const importedPromptSet = z.strictObject({
  id: setId,
  name: ownSetInput.shape.name,
  model: text(120),
  version: z.number().int().min(1),
  prompts: z
    .array(z.strictObject({ id: promptId, text: z.string().trim().min(1).max(500) }))
    .min(1)
    .max(20)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'Two prompts have the same id.'),
  retiredAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

// What was asked, as it was asked: the set's id and version and the prompt's own words.
const asked = {
  setId,
  setVersion: z.string().min(1).max(40),
  promptId,
  promptText: z.string().trim().min(1).max(500),
};

const importedReflection = z
  .strictObject({
    id,
    superviseeId: id,
    sessionId: id.nullable(),
    caseCode: caseCode.nullable(),
    goalId: id.nullable(),
    ...asked,
    answer: z.string().trim().min(1, 'An answer cannot be empty.').max(8000),
    themes,
    // Since version 6; earlier files take the local day of createdAt.
    reflectedOn: isoDate.optional(),
    createdAt: isoTimestamp,
  })
  .transform(({ reflectedOn, ...r }) => ({ ...r, reflectedOn: reflectedOn ?? localDayOf(r.createdAt) }));

const importedPrepared = z.strictObject({
  id,
  superviseeId: id,
  sessionId: id.nullable(),
  ...asked,
  createdAt: isoTimestamp,
});

// The supervisor's own framework, one record per version, with the checks of one made in the app.
const importedFramework = z
  .strictObject({
    id: frameworkId,
    family: frameworkId,
    version: z.number().int().min(1),
    builtIn: z.literal(false, 'Built-in templates are not imported; the app has them.'),
    ...definitionShape.shape,
    retiredAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
  })
  .superRefine(frameworkChecks);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hash.');
const importedReview = z
  .strictObject({
    id,
    superviseeId: id,
    frameworkId,
    reviewedOn: isoDate,
    status: z.enum(REVIEW_STATUSES),
    strengths: text(4000),
    limitations: text(4000),
    contentSha256: sha256.nullable(),
    finalisedAt: isoTimestamp.nullable(),
    reopenedAt: isoTimestamp.nullable(),
    reopenReason: text(1000).nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .refine((r) => r.status === 'draft' || (!!r.contentSha256 && !!r.finalisedAt), {
    message: 'A final review carries its SHA-256 and when it was finalised.',
    path: ['contentSha256'],
  });

const importedRating = z.strictObject({
  id,
  reviewId: id,
  superviseeId: id,
  competencyCode: z.string().min(1).max(20),
  level: z.number().nullable(),
  comment: text(2000),
});

const importedEvidence = z
  .strictObject({ id, ratingId: id, sessionId: id.nullable(), noteId: id.nullable(), reflectionId: id.nullable() })
  .refine((e) => [e.sessionId, e.noteId, e.reflectionId].filter((x) => x !== null).length === 1, {
    message: 'An evidence link points at exactly one session, note or reflection.',
    path: ['sessionId'],
  });

const importedMember = z.strictObject({
  id,
  superviseeId: id,
  name: z.string().trim().min(1).max(120),
  role: z.enum(CONSTELLATION_ROLES),
  covers: text(1000),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const importedCheckin = z.strictObject({
  id,
  ...checkinInput.shape,
  sessionId: id.nullable(),
  createdAt: isoTimestamp,
});

const importedFeedback = z.strictObject({
  id,
  superviseeId: id,
  receivedOn: isoDate,
  source: z.enum(FEEDBACK_SOURCES),
  feedback: z.string().trim().min(1).max(4000),
  changed: text(4000),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const importedSuperviseeChecked = importedSupervisee.refine(
  (s) => !s.supervisionEnd || s.supervisionEnd >= s.supervisionStart,
  { message: 'The end date must be on or after the start date.', path: ['supervisionEnd'] },
);

// The lists an import reads a record at a time, in the order Alliance writes them.
export const IMPORT_LISTS = [
  'supervisees',
  'sessions',
  'clientHours',
  'signedPeriods',
  'caseNotes',
  'noteActions',
  'agreements',
  'goals',
  'goalReviews',
  'promptSets',
  'reflections',
  'preparedPrompts',
  'frameworks',
  'competencyReviews',
  'ratings',
  'ratingEvidence',
  'constellationMembers',
  'allianceCheckins',
  'feedbackReceived',
] as const;
export type ImportList = (typeof IMPORT_LISTS)[number];
export const importRecord = {
  supervisees: importedSuperviseeChecked,
  sessions: importedSession,
  clientHours: importedHours,
  signedPeriods: importedPeriod,
  caseNotes: importedNote,
  noteActions: importedAction,
  agreements: importedAgreement,
  goals: importedGoal,
  goalReviews: importedGoalReview,
  promptSets: importedPromptSet,
  reflections: importedReflection,
  preparedPrompts: importedPrepared,
  frameworks: importedFramework,
  competencyReviews: importedReview,
  ratings: importedRating,
  ratingEvidence: importedEvidence,
  constellationMembers: importedMember,
  allianceCheckins: importedCheckin,
  feedbackReceived: importedFeedback,
} satisfies Record<ImportList, z.ZodType>;

export const exportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  exportedAt: z.string(),
  // The vault's audit chain head when exported (informational; not imported).
  auditHead: z.strictObject({ seq: z.number().int().nonnegative(), hash: z.string() }).optional(),
  entities: z.strictObject({
    supervisees: z.array(importedSuperviseeChecked),
    settings: settingsValue.partial().optional(),
    sessions: z.array(importedSession).default([]),
    clientHours: z.array(importedHours).default([]),
    signedPeriods: z.array(importedPeriod).default([]),
    caseNotes: z.array(importedNote).default([]),
    noteActions: z.array(importedAction).default([]),
    agreements: z.array(importedAgreement).default([]),
    goals: z.array(importedGoal).default([]),
    goalReviews: z.array(importedGoalReview).default([]),
    promptSets: z.array(importedPromptSet).default([]),
    reflections: z.array(importedReflection).default([]),
    preparedPrompts: z.array(importedPrepared).default([]),
    frameworks: z.array(importedFramework).default([]),
    competencyReviews: z.array(importedReview).default([]),
    ratings: z.array(importedRating).default([]),
    ratingEvidence: z.array(importedEvidence).default([]),
    constellationMembers: z.array(importedMember).default([]),
    allianceCheckins: z.array(importedCheckin).default([]),
    feedbackReceived: z.array(importedFeedback).default([]),
  }),
});
export type ExportDocument = z.infer<typeof exportDocument>;
export type Entities = ExportDocument['entities'];

export interface ImportProblem {
  location: string;
  message: string;
}
