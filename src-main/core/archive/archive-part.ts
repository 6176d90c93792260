// What a feature lends the archive engine: its records for one supervisee (and, for the vault's own
// records, for the whole vault) as plain sections a page can show with no knowledge of the feature.
// Every value is already text, in the words and formats the app uses, so the archive's page only
// lays them out and never computes a total of its own.
import type { Db } from '../../db/vault';

export interface ArchiveTable {
  kind: 'table';
  title: string;
  columns: string[];
  rows: string[][];
  // A line under the title: what the table counts, where its totals come from.
  note?: string;
}

// Records with long texts (notes, reviews): a heading each, then label and value pairs.
export interface ArchiveRecords {
  kind: 'records';
  title: string;
  items: { heading: string; fields: [string, string][] }[];
}

export type ArchiveSection = ArchiveTable | ArchiveRecords;

export interface ArchivePart {
  // The sections about one supervisee, in the order the feature wants them read.
  person?: (db: Db, superviseeId: string) => ArchiveSection[];
  // Records that belong to the supervisor, in a whole-vault archive only.
  vault?: (db: Db) => ArchiveSection[];
}

export const table = (title: string, columns: string[], rows: string[][], note?: string): ArchiveTable => ({
  kind: 'table',
  title,
  columns,
  rows,
  ...(note ? { note } : {}),
});

// Leaves out empty values so a record shows only what was written.
export const fields = (pairs: [string, string | null | undefined][]): [string, string][] =>
  pairs.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].trim() !== '');
