// The frameworks feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleReviews } from './sample';
import { reviewEvents } from './derived';
import { frameworksTransfer } from './transfer';

export const frameworksFeature = defineFeature({
  name: 'frameworks',
  sample: sampleReviews,
  timeline: reviewEvents,
  transfer: frameworksTransfer,
});
