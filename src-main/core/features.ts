// Every feature the engines loop over, in the order their lists are written to and read from the
// JSON export. A new feature is one line here (docs/adding-a-feature.md).
import type { z } from 'zod';
import type { RowSet } from '../db/touched-tables';
import { agreementsFeature } from './agreements/feature';
import { allianceFeature } from './alliance/feature';
import { frameworksFeature } from './frameworks/feature';
import { notesFeature } from './notes/feature';
import { reflectionsFeature } from './reflections/feature';
import { retentionFeature } from './retention/feature';
import { sessionsFeature } from './sessions/feature';
import { signingFeature } from './signing/feature';
import { superviseesFeature } from './supervisees/feature';
import { supervisorFeature } from './supervisor/feature';

export const FEATURES = [
  superviseesFeature,
  sessionsFeature,
  signingFeature,
  notesFeature,
  agreementsFeature,
  reflectionsFeature,
  frameworksFeature,
  allianceFeature,
  supervisorFeature,
  retentionFeature,
] as const;

type AnyList = (typeof FEATURES)[number]['transfer']['lists'][number];
export type ListName = AnyList['list'];
// One record of a list as an import has parsed it.
export type ListRecord<L extends ListName> = z.output<Extract<AnyList, { list: L }>['record']>;

export const TRANSFER_LISTS: readonly AnyList[] = FEATURES.flatMap((f): readonly AnyList[] => f.transfer.lists);

// Rows finer than a table that writes report as touched (db/touched-tables.ts).
export const FEATURE_ROW_SETS: readonly RowSet[] = FEATURES.flatMap((f): readonly RowSet[] => f.rowSets ?? []);
