// The sessions feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { sessionChannels, sessionsExamples } from '../../contract/sessions';
import { defineFeature } from '../feature';
import { sessionsArchive } from './archive';
import { sessionHandlers } from './handlers';
import { sampleSessions } from './sample';
import { sessionEvents, sessionSearch } from './derived';
import { sessionRowSets } from './row-sets';
import { sessionsTransfer } from './transfer';
import { hoursKind, hoursQueriesKind } from './exchange-hours';

export const sessionsFeature = defineFeature({
  name: 'sessions',
  channels: sessionChannels,
  handlers: ({ db }) => sessionHandlers(db),
  examples: sessionsExamples,
  sample: sampleSessions,
  timeline: sessionEvents,
  search: sessionSearch,
  transfer: sessionsTransfer,
  archive: sessionsArchive,
  rowSets: sessionRowSets,
  exchange: [hoursKind, hoursQueriesKind],
});
