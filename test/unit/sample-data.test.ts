import { describe, expect, it } from 'vitest';
import { supervisee } from '../../src-main/contract/supervisees';
import { generateSampleData } from '../../src-main/core/sample-data/generate';

describe('sample data', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateSampleData({ seed: 7 })).toEqual(generateSampleData({ seed: 7 }));
    expect(generateSampleData({ seed: 7 })).not.toEqual(generateSampleData({ seed: 8 }));
  });

  it('produces valid, uniquely named supervisees at small scale', () => {
    const { supervisees } = generateSampleData();
    expect(supervisees).toHaveLength(5);
    for (const s of supervisees) expect(supervisee.safeParse(s).success).toBe(true);
    expect(new Set(supervisees.map((s) => s.fullName)).size).toBe(5);
    expect(new Set(supervisees.map((s) => s.id)).size).toBe(5);
  });
});
