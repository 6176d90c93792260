// Text as the guard reads it: the look-alike characters a person (or a pasted document) uses for
// digits, dashes and spaces become the plain ones, and invisible characters go, so "555‑201‑3344"
// with non-breaking hyphens, full-width digits or a zero-width space between digits meet the same
// patterns as the plain form. Each code point is mapped on its own (NFKC, then dashes and spaces),
// and `from` keeps, for every unit of the result, where it came from, so findings point into the
// text the person wrote.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;

export interface Normal {
  text: string;
  // null: the text was plain ASCII and is its own normal form (most notes; no map is built).
  from: number[] | null;
}

// eslint-disable-next-line no-control-regex -- any ASCII, controls included, maps to itself
const ASCII = /^[\x00-\x7f]*$/;

export function normalForScan(original: string): Normal {
  if (ASCII.test(original)) return { text: original, from: null };
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!INVISIBLE.test(ch)) {
      const out = cp < 0x80 ? ch : ch.normalize('NFKC').replace(DASHES, '-').replace(SPACES, ' ');
      text += out;
      for (let k = 0; k < out.length; k++) from.push(i);
    }
    i += ch.length;
  }
  from.push(original.length);
  return { text, from };
}

// A span of the normal text as a span of the original: from the first unit's source to just past
// the last unit's source code point.
export function originalSpan(n: Normal, original: string, start: number, end: number): [number, number] {
  if (!n.from) return [start, end];
  const s = n.from[start]!;
  if (end <= start) return [s, s];
  const last = n.from[end - 1]!;
  return [s, last + String.fromCodePoint(original.codePointAt(last)!).length];
}
