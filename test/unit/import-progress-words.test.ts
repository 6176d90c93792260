// The data-file card's running words: a count while the file is read, then which step is running,
// so a career-scale import never sits at "99%" for the half of its time that comes after the records.
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../src-main/contract/data-transfer';
import { progressWords } from '../../src-renderer/src/features/data-transfer/progress-words';

const at = (p: Partial<ImportProgress>): ImportProgress => ({
  doing: 'importing',
  stage: 'reading',
  bytes: 1_000,
  bytesRead: 0,
  records: 0,
  ...p,
});

describe('the words of an import running from Settings', () => {
  it('counts records and the share of the file read, never 100% before the steps after it', () => {
    expect(progressWords(at({ bytesRead: 430, records: 120_000 }))).toBe('120,000 records read (43%)');
    expect(progressWords(at({ bytesRead: 1_000, records: 1 }))).toBe('1 record read (99%)');
  });

  it('names each step of an import after the records, with its place among them', () => {
    const steps = (['checking', 'indexing', 'hours', 'timeline', 'search'] as const).map((stage) =>
      progressWords(at({ stage, bytesRead: 1_000, records: 710_000 })),
    );
    expect(steps).toEqual([
      'All 710,000 records read. Step 1 of 5: checking how the records link to each other…',
      'All 710,000 records read. Step 2 of 5: indexing the records…',
      'All 710,000 records read. Step 3 of 5: adding up hours by day…',
      'All 710,000 records read. Step 4 of 5: building the timeline…',
      'All 710,000 records read. Step 5 of 5: building the search index…',
    ]);
  });

  it('gives a check its one step without a count of steps, and says nothing when nothing runs', () => {
    expect(progressWords(at({ doing: 'checking', stage: 'checking', bytesRead: 1_000, records: 3 }))).toBe(
      'All 3 records read; checking how the records link to each other…',
    );
    expect(progressWords(at({ doing: 'nothing', bytes: 0 }))).toBeNull();
    expect(progressWords(at({ bytes: 0 }))).toBeNull();
  });
});
