// Building blocks every feature's contract uses: dates, ids, bounded text, passphrases.
import { z } from 'zod';
// Plain words for every problem a schema has no message of its own for.
import './friendly-errors';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_TEXT = 200;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'That date does not exist.');

export const id = z.string().uuid('Not a valid id.');
export const text = (max = MAX_TEXT) => z.string().trim().max(max, `Keep this under ${max} characters.`);
export const passphrase = z.string().max(1024, 'Keep the passphrase under 1024 characters.');
export const newPassphrase = passphrase.refine(
  (p) => [...p].length >= MIN_PASSPHRASE_LENGTH,
  `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`,
);

// Inputs and outputs shared by many channels.
export const none = z.strictObject({});
export const done = z.strictObject({ done: z.literal(true) });
export const savedFile = z.strictObject({ path: z.string().nullable() });
