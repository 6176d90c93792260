// The import's compact map of ids (core/data-transfer/id-map.ts) against a plain Map, on ids of
// every shape a file may hold: lower-case UUIDs (kept as 16 bytes), the same in capitals or with a
// character off (kept apart, never mistaken for them), and any other string.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfNumber, IdMap } from '../../src-main/core/data-transfer/id-map';

const uuid = fc.uuid().map((u) => u.toLowerCase());
// Ids that look nearly like one of these UUIDs: what a hand-made or damaged file may hold.
const nearly = (u: string) =>
  fc.oneof(
    fc.constant(u.toUpperCase()),
    fc.constant(u.slice(0, 35)),
    fc.constant(`${u}0`),
    fc.constant(u.replace(/-/g, '_')),
    fc.integer({ min: 0, max: 35 }).map((i) => u.slice(0, i) + 'g' + u.slice(i + 1)),
  );
// Some UUIDs, then ids drawn from them, their near misses, the nil UUID and any other string.
const idSets = fc
  .array(uuid, { minLength: 1, maxLength: 20 })
  .chain((bases) =>
    fc.array(
      fc.oneof(
        fc.constantFrom(...bases),
        fc.constantFrom(...bases).chain(nearly),
        fc.string({ maxLength: 40 }),
        fc.constant('00000000-0000-0000-0000-000000000000'),
      ),
      { minLength: 1, maxLength: 60 },
    ),
  );
const value = fc.integer({ min: -0x7fffffff, max: 0x7fffffff });

describe('IdMap', () => {
  it('answers as a Map of ids to numbers, column by column, through every growth', () => {
    fc.assert(
      fc.property(
        idSets,
        fc.array(fc.tuple(fc.nat(), value, fc.nat({ max: 1 })), { maxLength: 400 }),
        (ids, writes) => {
          const map = new IdMap(2);
          const model = new Map<string, (number | undefined)[]>();
          for (const [i, v, column] of writes) {
            const id = ids[i % ids.length]!;
            map.set(id, v, column);
            const row = model.get(id) ?? [undefined, undefined];
            row[column] = v;
            model.set(id, row);
          }
          expect(map.size).toBe(model.size);
          for (const id of ids) {
            const row = model.get(id);
            expect(map.get(id, 0)).toBe(row?.[0]);
            expect(map.get(id, 1)).toBe(row?.[1]);
            expect(map.has(id)).toBe(row !== undefined);
          }
        },
      ),
    );
  });

  it('keeps a hundred thousand ids apart, each with its own place', () => {
    const map = new IdMap();
    const ids = Array.from({ length: 100_000 }, () => randomUUID());
    ids.forEach((id, i) => map.set(id, i));
    expect(map.size).toBe(ids.length);
    expect(ids.filter((id, i) => map.get(id) !== i)).toEqual([]);
    expect(map.get(randomUUID())).toBeUndefined();
    expect(map.get(ids[7]!.toUpperCase())).toBeUndefined();
  });

  it('refuses what it cannot hold rather than keep something else', () => {
    const map = new IdMap();
    const id = randomUUID();
    for (const bad of [1.5, -0x80000000, 0x80000000, Number.NaN]) expect(() => map.set(id, bad)).toThrow(RangeError);
    expect(() => map.set(id, 1, 1)).toThrow(RangeError);
    expect(() => map.get(id, 1)).toThrow(RangeError);
    expect(map.has(id)).toBe(false);
  });
});

describe('days as numbers', () => {
  it('turns every calendar day into a number and back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(dayOfNumber(dayNumber(day))).toBe(day);
        },
      ),
    );
    expect(dayNumber('2026-03-14') < dayNumber('2026-03-15')).toBe(true);
  });
});
