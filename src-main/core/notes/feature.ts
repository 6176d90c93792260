// The notes feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleNotes } from './sample';
import { noteEvents, noteSearch } from './derived';
import { notesTransfer } from './transfer';

export const notesFeature = defineFeature({
  name: 'notes',
  sample: sampleNotes,
  timeline: noteEvents,
  search: noteSearch,
  transfer: notesTransfer,
});
