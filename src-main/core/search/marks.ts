// The matched words marked in a hit's title and a short snippet of its body, worked out here rather
// than by FTS5's highlight() and snippet(): those rebuild a prefix query's whole match list for
// every hit shown. The same rule as the index: a word matches when, with case and accents folded, it
// starts with one of the words typed.
import { MARK_END, MARK_START } from '../../contract/search';

const WORD = /[\p{L}\p{N}]+/gu;
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function queryWords(text: string): string[] {
  return (text.normalize('NFKC').match(WORD) ?? []).map(fold);
}

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

function tokens(text: string, words: readonly string[]): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: words.some((w) => fold(m[0]).startsWith(w)),
  }));
}

function mark(text: string, list: Token[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const t of list) {
    if (t.start < from || t.end > to || !t.hit) continue;
    out += text.slice(at, t.start) + MARK_START + text.slice(t.start, t.end) + MARK_END;
    at = t.end;
  }
  return out + text.slice(at, to);
}

export function highlight(text: string, words: readonly string[]): string {
  return mark(text, tokens(text, words), 0, text.length);
}

// About `size` words of the body around its first match (from the start when nothing matches),
// with "…" where text was left out.
export function snippet(text: string, words: readonly string[], size = 16): string {
  const list = tokens(text, words);
  if (!list.length) return '';
  const first = Math.max(
    0,
    list.findIndex((t) => t.hit),
  );
  const startAt = Math.max(0, Math.min(first - Math.floor(size / 4), list.length - size));
  const endAt = Math.min(list.length, startAt + size) - 1;
  const from = startAt === 0 ? 0 : list[startAt]!.start;
  const to = endAt === list.length - 1 ? text.length : list[endAt]!.end;
  const marked = mark(text, list, from, to).replace(/\s+/g, ' ').trim();
  return `${startAt > 0 ? '…' : ''}${marked}${to < text.length ? '…' : ''}`;
}
