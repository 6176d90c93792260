// The signing feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { periodEvents } from './derived';
import { signingRowSets } from './row-sets';
import { signingTransfer } from './transfer';

export const signingFeature = defineFeature({
  name: 'signing',
  timeline: periodEvents,
  transfer: signingTransfer,
  rowSets: signingRowSets,
});
