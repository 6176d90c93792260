// The de-identification guard: finds what in a case note's free text may identify a client (the
// HIPAA Safe Harbor kinds that turn up in prose). Names and dates come from compromise, an NLP
// library with a lexicon of given names, honorifics and date grammar; the formats with a fixed shape
// (phone, e-mail, URL, street address, record and ID numbers, numeric dates) from patterns. Tuned
// and measured on test/fixtures/deid-corpus.txt (precision and recall per kind, printed by its test).
// It runs in the main process only: findings are offsets, never text in a message or a log.
// Text is read in its normal form first (scan-normal.ts), and the language model reads it in pieces
// of a few hundred characters cut at sentence ends, so its work grows with the length of the text
// (a note at its limit made of "1 March 2020, " took seconds read whole).
import nlp from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';
import type { IdentifierKind } from '../../contract/notes';
import { normalForScan, originalSpan, type Normal } from './scan-normal';

nlp.plugin(datesPlugin);

export interface Finding {
  kind: IdentifierKind;
  start: number;
  end: number;
}

// Names a supervisor writes about models and authors, not clients (matched on the surname).
const NOT_CLIENTS = new Set(
  [
    'Bordin',
    'Gibbs',
    'Proctor',
    'Bernard',
    'Goodyear',
    'Hawkins',
    'Shohet',
    'Rogers',
    'Beck',
    'Ellis',
    'Linehan',
    'Yalom',
    'Kolb',
    'Schön',
    'Schon',
    'Stoltenberg',
    'Delworth',
    'McNeill',
    'Holloway',
    'Falender',
    'Shafranske',
    'Freud',
    'Jung',
    'Bowlby',
    'Winnicott',
    'Satir',
    'Minuchin',
    'Bowen',
    'Miller',
    'Rollnick',
    'Prochaska',
    'DiClemente',
    'Maslow',
    'Erikson',
    'Piaget',
    'Gottman',
    'Johnson',
    'Kabat-Zinn',
    'Hayes',
    'Safran',
    'Muran',
    'Ladany',
    'Friedlander',
  ].map((n) => n.toLowerCase()),
);
// Words compromise may take into a person's span that are not part of the name.
const KIN = [
  'her',
  'his',
  'their',
  'my',
  'the',
  'a',
  'an',
  "client'?s?",
  'brother',
  'sister',
  'mother',
  'father',
  'mom',
  'dad',
  'son',
  'daughter',
  'husband',
  'wife',
  'partner',
  'boyfriend',
  'girlfriend',
  'uncle',
  'aunt',
  'cousin',
  'friend',
  'boss',
  'teacher',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
];
const RELATION = new RegExp(String.raw`^(?:(?:${KIN.join('|')})\s+)+`, 'i');
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof|miss)\.?\s+/i;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const SMALL_WORDS =
  '(?:the|a|an|on|in|at|of|to|for|with|and|or|from|down|up|his|her|their|my|our|your|this|that|' +
  'hours?|minutes?|days?|weeks?|months?|years?|times?|miles?|blocks?|kilometres?|km)\\b';

const RECORD_WORDS =
  'mrn|medical record|record|chart|account|acct|member|policy|licen[cs]e|id|claim|ssn|dl|passport|insurance';
const STREETS =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Pkwy|' +
  'Highway|Hwy';

const PATTERNS: [IdentifierKind, RegExp][] = [
  ['email', /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g],
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"')]+[^\s<>"').,;:!?]/gi],
  // Social security numbers (with dashes or spaces) and record, account, member, licence, case or
  // ID numbers.
  ['id', /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g],
  [
    'id',
    new RegExp(
      String.raw`\b(?:${RECORD_WORDS})(?:\s*(?:no\.?|number|num|#))?\s*[:#]?\s*[A-Z]{0,3}-?\d[\d-]{3,}\b`,
      'gi',
    ),
  ],
  ['id', /#\s?\d{4,}\b/g],
  // Ten digits in a row read as a phone number (with a leading 1 or +, too); nine as a social
  // security number; any other unbroken run of seven or more digits as a record number.
  ['phone', /\+?\b1?\d{10}\b/g],
  ['id', /\b(?:\d{9}|\d{7,8}|\d{11,})\b/g],
  [
    'phone',
    new RegExp(
      [
        String.raw`(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b`,
        String.raw`\b\d{3}[\s.-]\d{4}\b(?=\D*(?:$|\.))`,
        String.raw`\+\d{1,3}(?:[\s.-]?\d{2,4}){3,4}\b`,
      ].join('|'),
      'g',
    ),
  ],
  [
    'address',
    new RegExp(
      String.raw`\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:${STREETS})\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|#)\s*\w+)?`,
      'g',
    ),
  ],
  // The same written in lower case ("12 oak street"), with only full street words and no small
  // words in between, so "2 hours on the road" is not an address.
  [
    'address',
    new RegExp(
      `\\b\\d{1,6}\\s+(?:(?!${SMALL_WORDS})[a-z]+\\s+){1,3}` +
        '(?:street|avenue|road|boulevard|lane|drive|court|terrace|circle|parkway|highway|st|ave|rd|blvd)\\b',
      'gi',
    ),
  ],
  ['address', /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi],
  // Calendar dates with a day in them: 03/14/1988, 1988-03-14, 14.3.1988.
  ['date', /\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b/g],
];

// What each pattern cannot match without: an e-mail address needs an @, a web address its scheme or
// www., every other pattern a digit. Text without any of them (most of a note) skips the patterns,
// which were most of a career-scale import's check of 100,000 notes; nothing they find is missed.
// A test holds every pattern to its need on random text (identifier-needs.test.ts).
export const NEED_TESTS = { at: /@/, web: /https?:\/\/|www\./i, digit: /\d/ };
type Need = keyof typeof NEED_TESTS;
export const SHAPED_PATTERNS = PATTERNS.map(([kind, re]) => ({
  kind,
  re,
  need: (kind === 'email' ? 'at' : kind === 'url' ? 'web' : 'digit') as Need,
}));

function byPatterns(text: string): Finding[] {
  const has: Record<Need, boolean> = {
    at: NEED_TESTS.at.test(text),
    web: NEED_TESTS.web.test(text),
    digit: NEED_TESTS.digit.test(text),
  };
  const out: Finding[] = [];
  for (const { kind, re, need } of SHAPED_PATTERNS) {
    if (!has[need]) continue;
    for (const m of text.matchAll(re)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Trims a span to its words: no edge punctuation, no possessive 's.
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,.;:!?"'()]/.test(text[s]!)) s++;
  while (e > s && /[\s,.;:!?"'()]/.test(text[e - 1]!)) e--;
  if (/['’]s$/i.test(text.slice(s, e))) e -= 2;
  return [s, e];
}

// A capitalised word or two right after a relation ("her partner Priya Raman", "stepfather Ray"):
// names the lexicon does not know, in the place notes most often put them.
const RELATIONS = (
  'brother sister son daughter partner husband wife mother father stepfather stepmother cousin friend roommate ' +
  'aunt uncle grandmother grandfather boyfriend girlfriend neighbour neighbor boss manager coach teacher nephew niece'
).split(' ');
// Case-sensitive on purpose: the relation may start a sentence, the name must be capitalised.
const AFTER_RELATION = new RegExp(
  `\\b(?:${RELATIONS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})` +
    `\\s+([A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)?)`,
  'g',
);

// Pieces of at most about PIECE characters, cut after a sentence's end or a line break where there
// is one, else at a space: the model's cost stays proportional to the text's length.
const PIECE = 600;
function pieces(text: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE);
    if (end < text.length) {
      const window = text.slice(at, end);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      if (cut > PIECE / 3) end = at + cut + 1;
      else if (space > PIECE / 3) end = at + space;
    }
    out.push({ at, text: text.slice(at, end) });
    at = end;
  }
  return out;
}

function byLanguage(text: string): Finding[] {
  return pieces(text).flatMap((p) =>
    byLanguageIn(p.text).map((f) => ({ ...f, start: f.start + p.at, end: f.end + p.at })),
  );
}

function byLanguageIn(text: string): Finding[] {
  const doc = nlp(text) as ReturnType<typeof nlp> & DatesMethods;
  const out: Finding[] = [];
  for (const m of text.matchAll(AFTER_RELATION)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    out.push({ kind: 'name', start, end: start + name.length });
  }
  for (const p of doc.people().out('offset') as { text: string; offset: { start: number; length: number } }[]) {
    const [first, e] = trimmed(text, p.offset.start, p.offset.start + p.offset.length);
    const s = first + (RELATION.exec(text.slice(first, e))?.[0].length ?? 0);
    const name = text.slice(s, e);
    const surname = name.replace(HONORIFIC, '').split(/\s+/).at(-1)?.toLowerCase() ?? '';
    // A name is capitalised; an author's name is not a client's.
    if (!/^[A-Z]/.test(name.replace(HONORIFIC, '')) || NOT_CLIENTS.has(surname)) continue;
    if (e > s) out.push({ kind: 'name', start: s, end: e });
  }
  for (const d of doc.dates().out('offset') as { text: string; offset: { start: number; length: number } }[]) {
    const [s, e] = trimmed(text, d.offset.start, d.offset.start + d.offset.length);
    const span = text.slice(s, e);
    // A day of a month (a birth date, an admission date), not "on Tuesday" or "next week".
    if (/\d/.test(span) && new RegExp(`\\b${MONTH}\\b`, 'i').test(span)) out.push({ kind: 'date', start: s, end: e });
  }
  return out;
}

// Overlapping findings are merged; a span found as two kinds keeps the more specific pattern's.
function merged(original: string, normal: Normal, all: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of all.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out.map((f) => {
    const [start, end] = originalSpan(normal, original, f.start, f.end);
    return { ...f, start, end };
  });
}

export function findIdentifiers(text: string): Finding[] {
  if (!text.trim()) return [];
  const normal = normalForScan(text);
  return merged(text, normal, [...byPatterns(normal.text), ...byLanguage(normal.text)]);
}

// Only the kinds with a fixed shape (phone, e-mail, web address, ID numbers, street addresses,
// numeric dates): a few regular expressions, cheap enough for every note of a whole-vault import,
// where the language model (milliseconds a note) would take minutes.
export function findShapedIdentifiers(text: string): Finding[] {
  if (!text.trim()) return [];
  const normal = normalForScan(text);
  return merged(text, normal, byPatterns(normal.text));
}
