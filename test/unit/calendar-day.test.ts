// isCalendarDay (contract/common.ts) answers without building a Date what `new Date` answered for
// every date a form or an import checks: the two must never differ, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDay, isoDate } from '../../src-main/contract/common';

const byDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
const two = (n: number) => String(n).padStart(2, '0');

describe('a calendar day', () => {
  it('is what Date says, for every year, month and day a date can be typed with', () => {
    const day = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`);
    fc.assert(
      fc.property(day, (s) => {
        expect(isCalendarDay(s), s).toBe(byDate(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('is what Date says on the edges of months and leap years, and on any other text', () => {
    const edges = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2026-04-31', '2026-04-30'];
    const more = ['2026-12-31', '2026-13-01', '2026-00-10', '2026-01-00', '9999-12-31', '2026-1-14', '2026-01-14 '];
    for (const s of [...edges, ...more]) expect(isCalendarDay(s), s).toBe(byDate(s));
    expect(edges.map(isCalendarDay)).toEqual([true, false, false, true, true, false, true]);
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (s) => {
        expect(isCalendarDay(s), s).toBe(byDate(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('the schema refuses a day that does not exist, in plain words', () => {
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
    expect(isoDate.safeParse('2026-02-29').error?.issues.map((i) => i.message)).toEqual(['That date does not exist.']);
  });
});
