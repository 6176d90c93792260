// The sessions feature as the engines see it: what it lends each one (docs/adding-a-feature.md).
import { defineFeature } from '../feature';
import { sessionsTransfer } from './transfer';

export const sessionsFeature = defineFeature({ name: 'sessions', transfer: sessionsTransfer });
