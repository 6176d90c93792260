// The record scanner (core/data-transfer/record-scanner.ts) against JSON.parse of the whole text:
// random documents shaped like an export, fed in pieces of random sizes, must give exactly the
// records and frame JSON.parse gives; the same text with one byte changed must either give what
// JSON.parse gives or be refused, never something else; and a document cut short is always refused.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordScanner, ScanError, type ScanLimits } from '../../src-main/core/data-transfer/record-scanner';

const LISTS = ['people', 'notes'];
const WIDE: ScanLimits = {
  frameTokens: 1e9,
  frameBytes: 1e9,
  depth: 32,
  recordTokens: 1e9,
  recordBytes: 1e9,
  valueBytes: 1e9,
};

// Strings with what trips a scanner: quotes, backslashes (also right before a quote), several-byte characters.
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '\\', '\\"', 'a\\\\', '\\\\"', '{', '}]', ',:', 'Café 心理 🙂', '\u2028', ''),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('v'), { maxKeys: 4 }),
  ),
})).v;
const doc = fc.record({
  format: tricky,
  version: fc.integer(),
  extra: value,
  entities: fc.record({
    people: fc.array(value, { maxLength: 6 }),
    notes: fc.array(value, { maxLength: 6 }),
    other: value,
  }),
});

interface Scanned {
  records: [string, number, unknown][];
  frame: unknown;
}

function scan(bytes: Buffer, cuts: number[], limits = WIDE): Scanned {
  const records: Scanned['records'] = [];
  const scanner = new RecordScanner(
    { lists: LISTS, wants: () => true, record: (l, i, v) => records.push([l, i, v]) },
    limits,
  );
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  scanner.push(bytes.subarray(at));
  return { records, frame: scanner.end() };
}

// What JSON.parse of the whole text says the scanner must give.
function reference(text: string): Scanned {
  const d = JSON.parse(text) as { entities?: Record<string, unknown> };
  const records: Scanned['records'] = [];
  const e = d && typeof d === 'object' && !Array.isArray(d) ? d.entities : undefined;
  if (!e || typeof e !== 'object' || Array.isArray(e)) return { records, frame: d };
  const frameEntities: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e))
    if (LISTS.includes(k) && Array.isArray(v)) {
      v.forEach((r, i) => records.push([k, i, r]));
      frameEntities[k] = [];
    } else frameEntities[k] = v;
  return { records, frame: { ...d, entities: frameEntities } };
}

const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe('the record scanner', () => {
  it('gives exactly what JSON.parse gives, however the bytes are split into pieces', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(0, 2), cuts, (d, indent, at) => {
        const text = JSON.stringify(d, null, indent);
        expect(scan(Buffer.from(text, 'utf8'), at)).toEqual(reference(text));
      }),
      { numRuns: 400 },
    );
  });

  it('with one byte changed, gives what JSON.parse gives or refuses the file', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.integer({ min: 0x20, max: 0x7e }), cuts, (d, where, byte, at) => {
        const bytes = Buffer.from(JSON.stringify(d), 'utf8');
        bytes[where % bytes.length] = byte;
        // A changed byte inside a character leaves bytes that are not UTF-8: refused, not read as "�".
        let expected: Scanned | null;
        try {
          expected = isUtf8(bytes) ? reference(bytes.toString('utf8')) : null;
        } catch {
          expected = null;
        }
        try {
          const got = scan(bytes, at);
          expect(got).toEqual(expected);
        } catch (e) {
          if (!(e instanceof ScanError)) throw e;
          // Refused: either JSON.parse refuses it too, or the change repeated a key JSON.parse would merge.
          if (expected !== null) expect(e.problem.kind).toBe('repeated_key');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a document cut short, wherever it is cut', () => {
    fc.assert(
      fc.property(doc, fc.nat(), cuts, (d, where, at) => {
        const bytes = Buffer.from(JSON.stringify(d), 'utf8');
        const cut = bytes.subarray(0, where % bytes.length);
        expect(() => scan(cut, at)).toThrow(ScanError);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a byte-order mark split over pieces, and refuses bytes that are not UTF-8', () => {
    const text = '\ufeff{"entities":{"people":[{"name":"Zoë"}]}}';
    const bytes = Buffer.from(text, 'utf8');
    expect(scan(bytes, [1, 2]).records).toEqual([['people', 0, { name: 'Zoë' }]]);
    const latin1 = Buffer.from('{"entities":{"people":[{"name":"Zoë"}]}}', 'latin1');
    expect(() => scan(latin1, [])).toThrow(expect.objectContaining({ problem: { kind: 'not_utf8' } }));
  });

  it('refuses a record over its limits as that record, and counts without building those not wanted', () => {
    const wide = `{"entities":{"people":[{}, {${Array.from({ length: 50 }, (_, i) => `"k${i}":${i}`).join(',')}}]}}`;
    expect(() => scan(Buffer.from(wide), [7], { ...WIDE, recordTokens: 40 })).toThrow(
      expect.objectContaining({ problem: { kind: 'record_too_large', list: 'people', index: 1 } }),
    );
    const built: number[] = [];
    const scanner = new RecordScanner(
      { lists: LISTS, wants: (_l, i) => i < 2, record: (_l, i) => built.push(i) },
      WIDE,
    );
    scanner.push(Buffer.from('{"entities":{"people":[{"a":1},{"a":2},{"a":3},{"a":4}]}}'));
    expect(scanner.end()).toEqual({ entities: { people: [] } });
    expect(built).toEqual([0, 1]);
  });
});
