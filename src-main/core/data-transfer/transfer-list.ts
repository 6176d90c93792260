// What a feature lends the export and import engine for each list of records it owns in the JSON
// format. The engine (json-format.ts, importer.ts, export-stream.ts, data-transfer.ts) loops over
// the features' lists and names no feature's table; a feature's rules for its own records live in
// its own folder (docs/adding-a-feature.md).
import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { RuleProblem } from '../../contract/record-rules';
import type { Db } from '../../db/vault';

export interface ImportProblem {
  location: string;
  message: string;
}
export type Later = () => ImportProblem | null;

export interface TransferList<N extends string = string, S extends z.ZodType = z.ZodType> {
  // The key under `entities` in the file, and the order lists are written and read in.
  list: N;
  table: SQLiteTable;
  // One imported record, checked as strictly as one typed into the app.
  record: S;
  // The most one file may hold (docs/json-format.md).
  limit: number;
  // "A case note": how a problem names one record.
  what: string;
  // Written in this column's order, then id; by id when absent (the primary key is the paging index).
  orderBy?: SQLiteColumn;
  // Rows left out of an export (built-in framework templates ship with the app).
  only?: SQL;
  // Records others point at: the import keeps whose each one is, so a reference can be checked.
  referenced?: boolean;
}

// Builds a list with its literal name and record type kept, so the engine's types follow the lists.
export const transferList = <const N extends string, S extends z.ZodType>(l: TransferList<N, S>) => l;

// A reference to another record: missing or another supervisee's are refused in these words.
export interface ReferenceWords {
  missing: string;
  other: string;
  // The record pointed at may already be in the vault (otherwise it must be in the file).
  inVault?: boolean;
}

// What the importer offers a feature's checks: the shared bookkeeping of one import.
export interface ImportContext {
  readonly db: Db;
  readonly now: Date;
  // Today in the local calendar.
  readonly today: string;
  problem(location: string, message: string): void;
  ruled(at: string, p: RuleProblem | null): void;
  // Checks after the last record: a hand-made file may name a record further on.
  later(check: Later): void;
  // Checks now; a problem found is checked again after the last record, when what it misses may
  // have come (only the second answer counts).
  checkNowOrLater(check: Later): void;
  // No day before 1900, and (unless `future`) none after today.
  day(value: string, location: string, what: string, future?: boolean): void;
  needsPerson(location: string, superviseeId: string): void;
  // A record of `list` with this id, in the file or the vault, that is the same supervisee's.
  belongs(list: string, id: string, superviseeId: string, at: string, field: string, words: ReferenceWords): void;
  // Whose record of `list` this is, from the file (or the vault too, when `inVault`); undefined when
  // none has it. `list` is one declared `referenced`.
  ownerOf(list: string, id: string, inVault: boolean): string | undefined;
  // The id is in the file (refused or not) or in the vault.
  known(list: string, id: string): boolean;
  // The vault held records of `list` when the import began. When it held none, a look-up in its
  // table finds nothing but the file's own records, and is slow: the table's indexes are built after.
  vaultHeld(list: string): boolean;
  // The record with this id was refused for its own problems: do not report references to it again.
  refused(id: string): boolean;
  // A copy of a string that keeps nothing bigger than itself alive (a string cut from a longer one
  // keeps that one): for keys kept until the import ends.
  keep(s: string): string;
  // The same, one copy per distinct value: for ids that recur on many records.
  shared(s: string): string;
}

// A feature's checks of its own lists: one function per list it owns (given the record as parsed),
// and what is left to check once every record is in.
export type ChecksFor<L extends readonly TransferList[]> = {
  [N in L[number]['list']]?: (record: z.output<Extract<L[number], { list: N }>['record']>, at: string) => void;
} & { finish?: () => void };

export interface FeatureTransfer<L extends readonly TransferList[] = readonly TransferList[]> {
  lists: L;
  // The rules the app applies to what is typed, applied to what is imported.
  checks?: (ctx: ImportContext) => ChecksFor<L>;
  // Rows the feature writes before a load or an import (templates the records may refer to).
  prepare?: (db: Db) => void;
}

// The lists are their own argument so their types are settled before the checks are typed by them.
export const featureTransfer = <const L extends readonly TransferList[]>(
  lists: L,
  rest: Omit<FeatureTransfer<L>, 'lists'> = {},
): FeatureTransfer<L> => ({ lists, ...rest });
