// The sessions feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleSessions } from './sample';
import { sessionEvents, sessionSearch } from './derived';
import { sessionRowSets } from './row-sets';
import { sessionsTransfer } from './transfer';

export const sessionsFeature = defineFeature({
  name: 'sessions',
  sample: sampleSessions,
  timeline: sessionEvents,
  search: sessionSearch,
  transfer: sessionsTransfer,
  rowSets: sessionRowSets,
});
