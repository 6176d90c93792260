// The agreements feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleAgreements } from './sample';
import { agreementEvents } from './derived';
import { agreementsTransfer } from './transfer';

export const agreementsFeature = defineFeature({
  name: 'agreements',
  sample: sampleAgreements,
  timeline: agreementEvents,
  transfer: agreementsTransfer,
});
