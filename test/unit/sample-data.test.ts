import { describe, expect, it } from 'vitest';
import { supervisee } from '../../src-main/contract/supervisees';
import { FEATURES } from '../../src-main/core/features';
import { generateSampleData } from '../../src-main/core/sample-data/generate';
import { createRng } from '../../src-main/core/sample-data/prng';
import { SCALES, type SampleContext } from '../../src-main/core/sample-data/sampler';

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

  it('is made by each feature for its own lists only, and every list gets records', () => {
    const whole = generateSampleData({ seed: 7 });
    const ctx: SampleContext = {
      main: createRng(7),
      stream: (n) => createRng(7 + n),
      today: new Date(Date.UTC(2026, 10, 1)),
      scale: SCALES.small,
      made: { ...whole },
    };
    for (const f of FEATURES) {
      if (!f.sample) continue;
      const own = f.transfer.lists.map((l) => l.list as string);
      for (const list of Object.keys(f.sample(ctx))) expect(own, `${f.name} made ${list}`).toContain(list);
    }
    for (const [list, rows] of Object.entries(whole)) expect((rows as unknown[]).length, list).toBeGreaterThan(0);
  });

  it('gives a feature its own stream: one feature’s records do not move another’s', () => {
    // The alliance's stream is its own, so the reviews are as the frameworks' stream alone makes them.
    const a = generateSampleData({ seed: 7 });
    const alliance = FEATURES.find((f) => f.name === 'alliance')!;
    const frameworks = FEATURES.find((f) => f.name === 'frameworks')!;
    const ctx = (made: typeof a): SampleContext => ({
      main: createRng(7),
      stream: (n) => createRng(7 + n),
      today: new Date(Date.UTC(2026, 10, 1)),
      scale: SCALES.small,
      made,
    });
    expect(frameworks.sample!(ctx({ ...a, allianceCheckins: [] }))).toEqual({
      competencyReviews: a.competencyReviews,
      ratings: a.ratings,
      ratingEvidence: a.ratingEvidence,
    });
    expect(alliance.sample!(ctx(a)).allianceCheckins).toEqual(a.allianceCheckins);
  });
});
