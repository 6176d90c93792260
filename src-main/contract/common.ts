// Building blocks every feature's contract uses: dates, ids, bounded text, passphrases.
import { z } from 'zod';
// Plain words for every problem a schema has no message of its own for.
import './friendly-errors';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_TEXT = 200;

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

// Whether the text names a day as JavaScript's Date reads "YYYY-MM-DD" (the proleptic Gregorian
// calendar). Worked out without building a Date, which an import did for each of millions of dates
// (docs/performance-history.md); any other text still goes to Date, so the answer never differs.
export function isCalendarDay(s: string): boolean {
  if (!DAY_SHAPE.test(s)) {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

export const isoDate = z
  .string()
  .regex(DAY_SHAPE, 'Use a date like 2026-03-14.')
  .refine(isCalendarDay, 'That date does not exist.');

export const id = z.string().uuid('Not a valid id.');
// Control characters (NUL, ETX and the like, except tab and line breaks) and the direction overrides
// that make text read differently from how it is stored never belong in what a person writes; an
// ETX also cut search snippets short. They usually come with a paste, so the message says so.
// eslint-disable-next-line no-control-regex -- these are the characters refused
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
export const CONTROL_REFUSED =
  'This text holds an invisible control character (it may have come with a paste). Retype or remove it.';
export const text = (max = MAX_TEXT) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .refine((s) => !CONTROLS.test(s), CONTROL_REFUSED);
export const passphrase = z.string().max(1024, 'Keep the passphrase under 1024 characters.');
export const newPassphrase = passphrase.refine(
  (p) => [...p].length >= MIN_PASSPHRASE_LENGTH,
  `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`,
);

// Inputs and outputs shared by many channels.
export const none = z.strictObject({});
export const done = z.strictObject({ done: z.literal(true) });
export const savedFile = z.strictObject({ path: z.string().nullable() });
