// The frameworks feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { reviewEvents } from './derived';
import { frameworksTransfer } from './transfer';

export const frameworksFeature = defineFeature({
  name: 'frameworks',
  timeline: reviewEvents,
  transfer: frameworksTransfer,
});
