// What the data-file card says while main reads a file ("120,000 records read (43%)"), then while it
// runs the steps after the last record, which at career scale take as long again with no count to
// show: which step, and how many there are.
import { IMPORT_STAGES, type ImportProgress } from '../../../../src-main/contract/data-transfer';

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

const STEP_WORDS: Record<Exclude<ImportProgress['stage'], 'reading'>, string> = {
  checking: 'checking how the records link to each other',
  indexing: 'indexing the records',
  hours: 'adding up hours by day',
  timeline: 'building the timeline',
  search: 'building the search index',
};

// Null before the first piece is read.
export function progressWords(p: ImportProgress): string | null {
  if (p.doing === 'nothing' || !p.bytes) return null;
  const records = plural(p.records, 'record', 'records');
  if (p.stage === 'reading') return `${records} read (${Math.min(99, Math.floor((p.bytesRead / p.bytes) * 100))}%)`;
  const words = STEP_WORDS[p.stage];
  // A check has one step after reading; an import builds what it set aside as well.
  if (p.doing === 'checking') return `All ${records} read; ${words}…`;
  const step = IMPORT_STAGES.indexOf(p.stage);
  return `All ${records} read. Step ${step} of ${IMPORT_STAGES.length - 1}: ${words}…`;
}
