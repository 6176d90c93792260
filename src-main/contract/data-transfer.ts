// The whole vault as one open JSON file, from Settings (the command line has the same): export it,
// or import one after a preview of what it holds and what would be refused, before anything is
// written. The file is always chosen in the native dialog; a token names it for the import.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, none, savedFile } from './common';

export const importCounts = z.strictObject({
  supervisees: z.number().int().nonnegative(),
  sessions: z.number().int().nonnegative(),
  caseNotes: z.number().int().nonnegative(),
  reflections: z.number().int().nonnegative(),
});
export type ImportCountsShape = z.infer<typeof importCounts>;

// How many refusals a preview lists; the rest are counted.
export const PREVIEW_PROBLEMS = 20;
export const importPreview = z.strictObject({
  // Null when the dialog was cancelled, or when the file cannot be imported as it is.
  token: id.nullable(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  // What the file would add: null when it has problems (nothing would be imported).
  counts: importCounts.nullable(),
  // Each refusal with where it is in the file ("entities.sessions[3].date").
  problems: z.array(z.strictObject({ location: z.string(), message: z.string() })).max(PREVIEW_PROBLEMS),
  // The file's refusals in all (more than listed), and whether checking stopped early.
  problemCount: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type ImportPreview = z.infer<typeof importPreview>;

// What a check or an import is doing: reading the records, then the steps after the last one. A check
// stops after 'checking'; an import goes on to build what its load set aside, the search index last
// and longest (docs/performance.md).
export const IMPORT_STAGES = ['reading', 'checking', 'indexing', 'hours', 'timeline', 'search'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];
export type ImportStep = Exclude<ImportStage, 'reading'>;
// Each step after the records, as the window and the command line name it.
export const IMPORT_STEP_WORDS: Record<ImportStep, string> = {
  checking: 'checking how the records link to each other',
  indexing: 'indexing the records',
  hours: 'adding up hours by day',
  timeline: 'building the timeline',
  search: 'building the search index',
};
// "Step 5 of 5: building the search index…" (an import; a check has only its first step).
export const importStepWords = (stage: ImportStep) =>
  `Step ${IMPORT_STAGES.indexOf(stage)} of ${IMPORT_STAGES.length - 1}: ${IMPORT_STEP_WORDS[stage]}…`;

// How far a check or an import from Settings has got, for its running count.
export const importProgress = z.strictObject({
  doing: z.enum(['nothing', 'checking', 'importing']),
  stage: z.enum(IMPORT_STAGES),
  bytes: z.number().int().nonnegative(),
  bytesRead: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof importProgress>;

export const dataTransferChannels = {
  // The save dialog, then the whole vault written as JSON (format in docs/json-format.md); not encrypted.
  'transfer.exportJson': { input: none, output: savedFile },
  // The open dialog, then a full check of the file in a transaction that is rolled back.
  'transfer.previewImport': { input: none, output: importPreview },
  // Imports the previewed file, checked again as it is written: all of it or nothing.
  'transfer.import': { input: z.strictObject({ token: id }), output: importCounts },
  // Asked while either of the two above runs: answered between the pieces of the file it reads.
  'transfer.progress': { input: none, output: importProgress, whileBusy: true },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const transferExamples = (ids: ExampleIds): ExamplesFor<typeof dataTransferChannels> => ({
  'transfer.exportJson': {},
  'transfer.previewImport': {},
  'transfer.import': { token: ids.supervisee },
  'transfer.progress': {},
});
