// The identifier check skips a pattern when the text lacks what the pattern cannot match without (an
// @, a web address's start, a digit: core/notes/identifiers.ts). That is sound only if every match of
// each pattern holds its need: checked here on random text made of what the patterns look for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEED_TESTS, SHAPED_PATTERNS } from '../../src-main/core/notes/identifiers';

const PIECES = [
  ...'0123456789 -./#:()+@,\n'.split(''),
  'Jane',
  'oak',
  'Street',
  'st',
  'Apt',
  'P.O. Box',
  'MRN',
  'record no.',
  'ssn',
  'http://',
  'https://',
  'www.',
  'example.org',
  'a.b',
  'x_y',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('the identifier patterns', () => {
  it('each match holds what its pattern is skipped without', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { re, need } of SHAPED_PATTERNS)
          for (const m of t.matchAll(re)) expect(NEED_TESTS[need].test(m[0]), `${re} on "${m[0]}"`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('every pattern matches something in that text, so the check above is not empty', () => {
    const samples = [
      'jo@example.org',
      'see www.example.org',
      '123-45-6789',
      'MRN 12345',
      '#12345',
      '5552013344',
      '123456789',
      '555-201-3344',
      '12 Oak Street',
      '12 oak street',
      'P.O. Box 12',
      '03/14/1988',
    ];
    for (const { re } of SHAPED_PATTERNS) expect(samples.some((s) => s.match(re))).toBe(true);
  });
});
