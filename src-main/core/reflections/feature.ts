// The reflections feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { reflectionChannels, reflectionsExamples } from '../../contract/reflections';
import { defineFeature } from '../feature';
import { reflectionsArchive } from './archive';
import { reflectionHandlers } from './handlers';
import { sampleReflections } from './sample';
import { reflectionEvents, reflectionSearch } from './derived';
import { reflectionsTransfer } from './transfer';
import { answersKind, promptSetsKind, promptsKind } from './exchange-prompts';

export const reflectionsFeature = defineFeature({
  name: 'reflections',
  channels: reflectionChannels,
  handlers: ({ db, files }) => reflectionHandlers(db, files),
  examples: reflectionsExamples,
  sample: sampleReflections,
  timeline: reflectionEvents,
  search: reflectionSearch,
  transfer: reflectionsTransfer,
  archive: reflectionsArchive,
  exchange: [promptsKind, answersKind, promptSetsKind],
});
