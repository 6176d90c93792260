// The signing feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { periodChannels, signingExamples } from '../../contract/signing';
import { defineFeature } from '../feature';
import { signingArchive } from './archive';
import { periodHandlers } from './handlers';
import { periodEvents } from './derived';
import { signingRowSets } from './row-sets';
import { signingTransfer } from './transfer';
import { receiptKind } from './exchange';

export const signingFeature = defineFeature({
  name: 'signing',
  channels: periodChannels,
  handlers: ({ db }) => periodHandlers(db),
  examples: signingExamples,
  timeline: periodEvents,
  transfer: signingTransfer,
  archive: signingArchive,
  rowSets: signingRowSets,
  exchange: [receiptKind],
});
