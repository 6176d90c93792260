// The supervisees feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { superviseeChannels, superviseesExamples } from '../../contract/supervisees';
import { defineFeature } from '../feature';
import { superviseesArchive } from './archive';
import { superviseeHandlers } from './handlers';
import { sampleSupervisees } from './sample';
import { superviseesTransfer } from './transfer';

export const superviseesFeature = defineFeature({
  name: 'supervisees',
  channels: superviseeChannels,
  handlers: ({ db }) => superviseeHandlers(db),
  examples: superviseesExamples,
  sample: sampleSupervisees,
  transfer: superviseesTransfer,
  archive: superviseesArchive,
});
