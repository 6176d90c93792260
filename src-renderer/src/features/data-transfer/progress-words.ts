// What the data-file card says while main reads a file ("120,000 records read (43%)"), then while it
// runs the steps after the last record, which at career scale take as long again with no count to
// show: which step, and how many there are.
import { IMPORT_STEP_WORDS, importStepWords, type ImportProgress } from '../../../../src-main/contract/data-transfer';

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

// Null before the first piece is read.
export function progressWords(p: ImportProgress): string | null {
  if (p.doing === 'nothing' || !p.bytes) return null;
  const records = plural(p.records, 'record', 'records');
  if (p.stage === 'reading') return `${records} read (${Math.min(99, Math.floor((p.bytesRead / p.bytes) * 100))}%)`;
  // A check has one step after reading; an import builds what it set aside as well.
  if (p.doing === 'checking') return `All ${records} read; ${IMPORT_STEP_WORDS[p.stage]}…`;
  return `All ${records} read. ${importStepWords(p.stage)}`;
}
