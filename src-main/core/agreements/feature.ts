// The agreements feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { agreementChannels, agreementsExamples } from '../../contract/agreements';
import { defineFeature } from '../feature';
import { agreementsArchive } from './archive';
import { agreementHandlers } from './handlers';
import { sampleAgreements } from './sample';
import { agreementEvents } from './derived';
import { agreementsTransfer } from './transfer';
import { agreementKind, countersignatureKind } from './exchange-agreement';

export const agreementsFeature = defineFeature({
  name: 'agreements',
  channels: agreementChannels,
  handlers: ({ db }) => agreementHandlers(db),
  examples: agreementsExamples,
  sample: sampleAgreements,
  timeline: agreementEvents,
  transfer: agreementsTransfer,
  archive: agreementsArchive,
  exchange: [agreementKind, countersignatureKind],
});
