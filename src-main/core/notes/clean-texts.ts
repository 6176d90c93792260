// Note texts the guard has just read and found nothing in, remembered by their SHA-256 only (never
// the text), so the save that follows the form's own check does not read the same text a second
// time: one scan per save (docs/guide.md, Case notes). Only main's own scans add to it; a handful are kept,
// in memory, and any change to any text is a different hash and is read again.
import { createHash } from 'node:crypto';

const KEPT = 8;
const clean: string[] = [];

export function textsKey(texts: readonly { field: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const { field, text } of texts) if (text) hash.update(`${field}\u0000${text}\u0000`);
  return hash.digest('hex');
}

export function rememberClean(key: string): void {
  if (clean.includes(key)) return;
  clean.push(key);
  if (clean.length > KEPT) clean.shift();
}

export const knownClean = (key: string): boolean => clean.includes(key);
