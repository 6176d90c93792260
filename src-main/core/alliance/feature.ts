// The alliance feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleAlliance } from './sample';
import { allianceEvents } from './derived';
import { allianceTransfer } from './transfer';

export const allianceFeature = defineFeature({
  name: 'alliance',
  sample: sampleAlliance,
  timeline: allianceEvents,
  transfer: allianceTransfer,
});
