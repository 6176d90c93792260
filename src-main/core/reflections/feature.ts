// The reflections feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sampleReflections } from './sample';
import { reflectionEvents, reflectionSearch } from './derived';
import { reflectionsTransfer } from './transfer';

export const reflectionsFeature = defineFeature({
  name: 'reflections',
  sample: sampleReflections,
  timeline: reflectionEvents,
  search: reflectionSearch,
  transfer: reflectionsTransfer,
});
