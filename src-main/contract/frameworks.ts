// Competency frameworks (versioned: editing one makes a new version, ratings keep theirs) and the
// dated reviews that rate a supervisee against one, with evidence picked from their records.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, id, isoDate, savedFile, text } from './common';
import { EVIDENCE_KINDS, REVIEW_STATUSES } from './enums';
import { isLevel, levelsOf } from './levels';

// Built-in templates have readable ids ("apa-pwc-1"); the user's own have UUIDs.
export const frameworkId = z.string().regex(/^[a-z0-9-]{1,60}$/i, 'Not a framework.');
export const frameworkFamily = frameworkId;

const competency = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, 'Give each competency a short code.')
    .max(20, 'Keep a code under 20 characters.')
    .regex(/^[\p{L}\p{N}._-]+$/u, 'Use letters, digits, dots, dashes or underscores in a code.'),
  name: text(200).min(1, 'Give each competency a name.'),
  group: text(120).default(''),
});
export type Competency = z.output<typeof competency>;

const levelLabel = z.strictObject({ level: z.number(), label: text(60).min(1, 'Give the level a label.') });

export const definitionShape = z.strictObject({
  name: text(120).min(1, 'Give the framework a name.'),
  scaleMin: z.number().int('The scale starts at a whole number.').min(0).max(10),
  scaleMax: z.number().int('The scale ends at a whole number.').min(1).max(10),
  halfLevels: z.boolean(),
  targetLevel: z.number().nullable().default(null),
  levelLabels: z.array(levelLabel).max(21).default([]),
  competencies: z.array(competency).min(1, 'List at least one competency.').max(100, 'At most 100 competencies.'),
});

// The checks that span fields: a real scale, levels that are on it, codes that don't repeat.
export function frameworkChecks(d: z.output<typeof definitionShape>, ctx: z.RefinementCtx): void {
  if (d.scaleMax <= d.scaleMin) {
    ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'The scale must end above where it starts.' });
    return;
  }
  if (d.targetLevel !== null && !isLevel(d, d.targetLevel))
    ctx.addIssue({ code: 'custom', path: ['targetLevel'], message: 'The target must be a level on the scale.' });
  d.levelLabels.forEach((l, i) => {
    if (!isLevel(d, l.level))
      ctx.addIssue({
        code: 'custom',
        path: ['levelLabels', i, 'level'],
        message: `${l.level} is not a level on this scale (${levelsOf(d).join(', ')}).`,
      });
  });
  const seen = new Set<string>();
  d.competencies.forEach((c, i) => {
    const key = c.code.toLowerCase();
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: ['competencies', i, 'code'], message: `The code ${c.code} is used twice.` });
    seen.add(key);
  });
}
export const frameworkDefinition = definitionShape.superRefine(frameworkChecks);
export type FrameworkDefinition = z.output<typeof frameworkDefinition>;

export const framework = z.strictObject({
  id: frameworkId,
  family: frameworkFamily,
  version: z.number().int().min(1),
  name: z.string(),
  builtIn: z.boolean(),
  scaleMin: z.number(),
  scaleMax: z.number(),
  halfLevels: z.boolean(),
  targetLevel: z.number().nullable(),
  levelLabels: z.array(z.strictObject({ level: z.number(), label: z.string() })),
  competencies: z.array(z.strictObject({ code: z.string(), name: z.string(), group: z.string() })),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Framework = z.infer<typeof framework>;

// What a CSV file doesn't say: the name and scale are typed beside it.
export const csvSettings = definitionShape.pick({
  name: true,
  scaleMin: true,
  scaleMax: true,
  halfLevels: true,
  targetLevel: true,
});

export const evidenceRef = z.strictObject({ kind: z.enum(EVIDENCE_KINDS), id });
export type EvidenceRef = z.infer<typeof evidenceRef>;
// A record offered as evidence, with a line to recognise it by.
export const evidenceOption = evidenceRef.extend({ date: z.string(), label: z.string() });
export type EvidenceOption = z.infer<typeof evidenceOption>;

export const rating = z.strictObject({
  competencyCode: z.string(),
  level: z.number().nullable(),
  comment: z.string(),
  evidence: z.array(evidenceOption),
  // The same competency in the review before this one (same framework, earlier date).
  previousLevel: z.number().nullable(),
  change: z.number().nullable(),
});
export type Rating = z.infer<typeof rating>;

export const reviewSummary = z.strictObject({
  id,
  superviseeId: id,
  frameworkId,
  frameworkName: z.string(),
  frameworkVersion: z.number(),
  reviewedOn: z.string(),
  status: z.enum(REVIEW_STATUSES),
  rated: z.number().int(),
  drops: z.number().int(),
});
export type ReviewSummary = z.infer<typeof reviewSummary>;

export const review = reviewSummary.extend({
  framework,
  strengths: z.string(),
  limitations: z.string(),
  contentSha256: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  // A final review whose content still matches its hash.
  intact: z.boolean().nullable(),
  previousReviewId: id.nullable(),
  previousReviewedOn: z.string().nullable(),
  // One per competency of the framework, in its order.
  ratings: z.array(rating),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof review>;

// A rating rests on a handful of records; the cap keeps one rating from holding thousands.
export const MAX_EVIDENCE_PER_RATING = 50;
export const ratingInput = z.strictObject({
  competencyCode: z.string().min(1).max(20),
  level: z.number().nullable(),
  comment: text(2000),
  evidence: z
    .array(evidenceRef)
    .max(MAX_EVIDENCE_PER_RATING, `At most ${MAX_EVIDENCE_PER_RATING} records behind one rating.`),
});
export const reviewSaveInput = z.strictObject({
  id,
  reviewedOn: isoDate,
  strengths: text(4000),
  limitations: text(4000),
  ratings: z.array(ratingInput).max(100),
});
export type ReviewSaveInput = z.output<typeof reviewSaveInput>;

// A supervisee's rating of themselves, received from their vault (docs/exchange.md): shown beside
// the supervisor's own ratings on the same framework family. Evidence is described, not linked: the
// records stay in the supervisee's vault.
export const selfRating = z.strictObject({
  family: z.string(),
  frameworkName: z.string(),
  frameworkVersion: z.number(),
  reviewedOn: z.string(),
  receivedAt: z.string(),
  ratings: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      level: z.number().nullable(),
      comment: z.string(),
      evidence: z.array(z.strictObject({ kind: z.enum(EVIDENCE_KINDS), date: z.string(), label: z.string() })),
    }),
  ),
});
export type SelfRating = z.infer<typeof selfRating>;

export const frameworkChannels = {
  // The newest version of each framework, built-in templates first; retired ones only if asked.
  'frameworks.list': {
    reads: ['frameworks', 'competency_reviews'],
    input: z.strictObject({ includeRetired: z.boolean().default(false) }),
    output: z.array(framework.extend({ inUse: z.boolean() })),
  },
  'frameworks.create': { input: frameworkDefinition, output: framework },
  // A new version; the earlier ones stay as they were under the ratings made against them.
  'frameworks.update': {
    input: z.strictObject({ family: frameworkFamily, definition: frameworkDefinition }),
    output: framework,
  },
  'frameworks.retire': { input: z.strictObject({ family: frameworkFamily, retired: z.boolean() }), output: done },
  // Asks for a CSV or JSON file and makes a framework of it; null when the user cancels.
  'frameworks.import': {
    input: z.strictObject({ csv: csvSettings }),
    output: z.strictObject({ framework: framework.nullable() }),
  },
  'frameworks.saveSample': { input: z.strictObject({ format: z.enum(['csv', 'json']) }), output: savedFile },

  // A supervisee's reviews, newest first.
  'reviews.list': {
    reads: ['competency_reviews', 'frameworks', 'ratings', 'rating_evidence'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(reviewSummary),
  },
  'reviews.get': {
    reads: [
      'competency_reviews',
      'frameworks',
      'ratings',
      'rating_evidence',
      'supervision_sessions',
      'case_notes',
      'reflections',
    ],
    input: z.strictObject({ id }),
    output: review,
  },
  'reviews.create': {
    input: z.strictObject({ superviseeId: id, frameworkId, reviewedOn: isoDate }),
    output: review,
  },
  // Drafts only: a final review is locked until reopened.
  'reviews.save': { input: reviewSaveInput, output: review },
  'reviews.finalise': { input: z.strictObject({ id }), output: review },
  'reviews.reopen': {
    input: z.strictObject({ id, reason: text(1000).min(1, 'Say why it is reopened.') }),
    output: review,
  },
  'reviews.delete': { input: z.strictObject({ id }), output: done },
  // The supervisee's sessions, notes and reflections up to a date, newest first, to pick evidence from.
  // The supervisee's newest self-rating on this review's framework family, received from their vault.
  'reviews.selfRating': {
    reads: ['competency_reviews', 'frameworks', 'exchange_peers', 'exchange_packets'],
    input: z.strictObject({ id }),
    output: selfRating.nullable(),
  },
  'reviews.evidenceOptions': {
    reads: ['supervision_sessions', 'case_notes', 'reflections'],
    input: z.strictObject({ superviseeId: id, upTo: isoDate }),
    output: z.array(evidenceOption),
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const frameworksExamples = (ids: ExampleIds): ExamplesFor<typeof frameworkChannels> => ({
  'frameworks.list': { includeRetired: true },
  'frameworks.create': {
    name: 'Ours',
    scaleMin: 1,
    scaleMax: 4,
    halfLevels: true,
    targetLevel: 3,
    levelLabels: [{ level: 1, label: 'Starting' }],
    competencies: [{ code: 'A1', name: 'Alliance', group: 'Core' }],
  },
  'frameworks.update': {
    family: 'apa-pwc',
    definition: {
      name: 'Ours',
      scaleMin: 1,
      scaleMax: 5,
      halfLevels: false,
      competencies: [{ code: 'A', name: 'B' }],
    },
  },
  'frameworks.retire': { family: 'cacrep-foundations', retired: true },
  'frameworks.import': {
    csv: {
      name: 'Ours',
      scaleMin: 1,
      scaleMax: 5,
      halfLevels: false,
      targetLevel: null,
    },
  },
  'frameworks.saveSample': { format: 'csv' },
  'reviews.list': { superviseeId: ids.supervisee },
  'reviews.get': { id: ids.supervisee },
  'reviews.create': {
    superviseeId: ids.supervisee,
    frameworkId: 'apa-pwc-1',
    reviewedOn: '2026-01-05',
  },
  'reviews.save': {
    id: ids.supervisee,
    reviewedOn: '2026-01-05',
    strengths: 'Warm',
    limitations: 'Pacing',
    ratings: [
      {
        competencyCode: 'RES',
        level: 3,
        comment: 'Good',
        evidence: [{ kind: 'session', id: ids.session }],
      },
    ],
  },
  'reviews.finalise': { id: ids.supervisee },
  'reviews.reopen': { id: ids.supervisee, reason: 'A level was wrong' },
  'reviews.delete': { id: ids.supervisee },
  'reviews.evidenceOptions': { superviseeId: ids.supervisee, upTo: '2026-06-01' },
  'reviews.selfRating': { id: ids.supervisee },
});
