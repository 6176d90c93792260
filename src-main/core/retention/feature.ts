// The retention feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { retentionChannels, retentionExamples } from '../../contract/retention';
import { defineFeature } from '../feature';
import { retentionArchive } from './archive';
import { retentionHandlers } from './handlers';
import { sampleRetention } from './sample';
import { retentionTransfer } from './transfer';

export const retentionFeature = defineFeature({
  name: 'retention',
  channels: retentionChannels,
  handlers: ({ db, vault }) => retentionHandlers(db, () => vault.dir),
  examples: retentionExamples,
  transfer: retentionTransfer,
  sample: sampleRetention,
  archive: retentionArchive,
});
