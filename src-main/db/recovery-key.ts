// The recovery key is 160 random bits shown once as eight groups of four Crockford base32 characters.
// It is high-entropy, so HKDF (not a slow KDF) is enough to turn it into a wrapping key.
import { hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../contract/errors';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 20;

export function newRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(KEY_BYTES));
}

function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

// Accepts what people type: lower case, spaces or no dashes, and O/I/L read as 0/1/1.
export function parseRecoveryKey(input: string): Buffer {
  const clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 32 || [...clean].some((c) => !ALPHABET.includes(c))) {
    throw new AppError('crypto', 'That is not a recovery key: it has 32 letters and digits in groups of four.');
  }
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const c of clean) {
    value = ((value << 5) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export function recoveryWrappingKey(recoveryBytes: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryBytes, salt, 'alliance recovery key v1', 32));
}
