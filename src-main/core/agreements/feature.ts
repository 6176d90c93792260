// The agreements feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { agreementEvents } from './derived';
import { agreementsTransfer } from './transfer';

export const agreementsFeature = defineFeature({
  name: 'agreements',
  timeline: agreementEvents,
  transfer: agreementsTransfer,
});
