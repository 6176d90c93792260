// The supervisees feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleSupervisees } from './sample';
import { superviseesTransfer } from './transfer';

export const superviseesFeature = defineFeature({
  name: 'supervisees',
  sample: sampleSupervisees,
  transfer: superviseesTransfer,
});
