// The alliance feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { allianceChannels, allianceExamples } from '../../contract/alliance';
import { defineFeature } from '../feature';
import { allianceArchive } from './archive';
import { allianceHandlers } from './handlers';
import { sampleAlliance } from './sample';
import { allianceEvents } from './derived';
import { allianceTransfer } from './transfer';
import { allianceKind } from './exchange-alliance';

export const allianceFeature = defineFeature({
  name: 'alliance',
  channels: allianceChannels,
  handlers: ({ db }) => allianceHandlers(db),
  examples: allianceExamples,
  sample: sampleAlliance,
  timeline: allianceEvents,
  transfer: allianceTransfer,
  archive: allianceArchive,
  exchange: [allianceKind],
});
