// The frameworks feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { frameworkChannels, frameworksExamples } from '../../contract/frameworks';
import { growthChannels, growthExamples } from '../../contract/growth';
import { defineFeature } from '../feature';
import { frameworksArchive } from './archive';
import { frameworkHandlers } from './handlers';
import { sampleReviews } from './sample';
import { reviewEvents } from './derived';
import { frameworksTransfer } from './transfer';
import { reviewKind, selfRatingKind } from './exchange-reviews';

export const frameworksFeature = defineFeature({
  name: 'frameworks',
  // Growth (the series and reports over its reviews) is served here too.
  channels: { ...frameworkChannels, ...growthChannels },
  handlers: ({ db, files }) => frameworkHandlers(db, files),
  examples: (ids) => ({ ...frameworksExamples(ids), ...growthExamples(ids) }),
  sample: sampleReviews,
  timeline: reviewEvents,
  transfer: frameworksTransfer,
  archive: frameworksArchive,
  exchange: [selfRatingKind, reviewKind],
});
