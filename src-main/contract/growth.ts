// Growth over time: a supervisee's levels per competency across reviews of one framework (all its
// versions, matched by competency code), the latest review against the one before, and the report.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, savedFile, text } from './common';
import { REVIEW_STATUSES } from './enums';
import { framework, frameworkFamily } from './frameworks';

export const growthSeries = z.strictObject({
  // The newest version the supervisee was reviewed against, or null if never.
  framework: framework.nullable(),
  reviews: z.array(z.strictObject({ id, reviewedOn: z.string(), status: z.enum(REVIEW_STATUSES) })),
  // Each competency's level at each review, in the order of `reviews` (null: not rated then).
  competencies: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      group: z.string(),
      levels: z.array(z.number().nullable()),
    }),
  ),
});
export type GrowthSeries = z.infer<typeof growthSeries>;

export const growthComparison = z.strictObject({
  latest: z.strictObject({ id, reviewedOn: z.string(), status: z.enum(REVIEW_STATUSES) }).nullable(),
  previous: z.strictObject({ id, reviewedOn: z.string(), status: z.enum(REVIEW_STATUSES) }).nullable(),
  rows: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      latest: z.number().nullable(),
      previous: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});
export type GrowthComparison = z.infer<typeof growthComparison>;

const bySuperviseeAndFamily = z.strictObject({ superviseeId: id, family: frameworkFamily });

export const growthChannels = {
  // The frameworks a supervisee has been reviewed against (newest version of each), newest use first.
  'growth.frameworks': {
    reads: ['frameworks', 'competency_reviews'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(framework),
  },
  'growth.series': {
    reads: ['competency_reviews', 'frameworks', 'ratings'],
    input: bySuperviseeAndFamily,
    output: growthSeries,
  },
  'growth.compare': {
    reads: ['competency_reviews', 'frameworks', 'ratings'],
    input: bySuperviseeAndFamily,
    output: growthComparison,
  },
  // The yearly or end-of-supervision assessment as a PDF.
  'growth.reportPdf': {
    input: bySuperviseeAndFamily.extend({ title: text(120).min(1, 'Give the report a title.') }),
    output: savedFile,
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const growthExamples = (ids: ExampleIds): ExamplesFor<typeof growthChannels> => ({
  'growth.frameworks': { superviseeId: ids.supervisee },
  'growth.series': { superviseeId: ids.supervisee, family: 'apa-pwc' },
  'growth.compare': { superviseeId: ids.supervisee, family: 'apa-pwc' },
  'growth.reportPdf': {
    superviseeId: ids.supervisee,
    family: 'apa-pwc',
    title: 'Yearly assessment',
  },
});
