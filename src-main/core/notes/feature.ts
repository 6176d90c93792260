// The notes feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { noteChannels, notesExamples } from '../../contract/notes';
import { defineFeature } from '../feature';
import { notesArchive } from './archive';
import { noteHandlers } from './handlers';
import { sampleNotes } from './sample';
import { noteEvents, noteSearch } from './derived';
import { notesTransfer } from './transfer';

export const notesFeature = defineFeature({
  name: 'notes',
  channels: noteChannels,
  handlers: ({ db }) => noteHandlers(db),
  examples: notesExamples,
  sample: sampleNotes,
  timeline: noteEvents,
  search: noteSearch,
  transfer: notesTransfer,
  archive: notesArchive,
});
