// The supervisor's own page as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { supervisorChannels, supervisorExamples } from '../../contract/supervisor';
import { defineFeature } from '../feature';
import { supervisorArchive } from './archive';
import { supervisorHandlers } from './handlers';
import { supervisorTransfer } from './transfer';
import { sampleSupervisor } from './sample';

export const supervisorFeature = defineFeature({
  name: 'supervisor',
  channels: supervisorChannels,
  handlers: ({ db }) => supervisorHandlers(db),
  examples: supervisorExamples,
  transfer: supervisorTransfer,
  archive: supervisorArchive,
  sample: sampleSupervisor,
});
