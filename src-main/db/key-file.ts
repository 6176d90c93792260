// The vault's key file (vault-keys.json, format documented in docs/security.md). It holds the random
// 256-bit data key twice, wrapped with AES-256-GCM: once under an Argon2id key from the passphrase,
// once under an HKDF key from the recovery key. Nothing in it is secret without one of those.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { writeFileAtomic } from './atomic-write';
import { deriveArgon2id, meetsOwaspMinimum, newSalt, type Argon2Params } from './kdf';
import { parseRecoveryKey, recoveryWrappingKey } from './recovery-key';

export const KEY_FILE_FORMAT = 'alliance-vault-keys';
export const KEY_FILE_VERSION = 1;
export const CIPHERS = ['aegis', 'chacha20', 'sqlcipher'] as const;
export type Cipher = (typeof CIPHERS)[number];

// Every field is bounded to what Alliance itself writes (with a little room): a key file or backup
// header that asks for 16 GiB of memory, a hundred million iterations or a 4-byte salt is damaged
// or hostile, and is refused before any key derivation starts.
export const KDF_BOUNDS = {
  memoryKiB: { min: 19_456, max: 262_144 },
  iterations: { min: 2, max: 32 },
  parallelism: { min: 1, max: 4 },
} as const;
const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(128);
const bytes = (min: number, max = min) =>
  b64.refine((s) => {
    const n = Buffer.from(s, 'base64').length;
    return n >= min && n <= max;
  });
const wrapSchema = z.object({ alg: z.literal('aes-256-gcm'), iv: bytes(12), tag: bytes(16), data: bytes(32) });
const bounded = (b: { min: number; max: number }) => z.number().int().min(b.min).max(b.max);
const argon2Schema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: bounded(KDF_BOUNDS.memoryKiB),
  iterations: bounded(KDF_BOUNDS.iterations),
  parallelism: bounded(KDF_BOUNDS.parallelism),
  salt: bytes(16, 64),
});
export const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  cipher: z.enum(CIPHERS),
  createdAt: z.string(),
  updatedAt: z.string(),
  passphrase: z.object({ kdf: argon2Schema, wrap: wrapSchema }),
  recovery: z.object({ kdf: z.object({ name: z.literal('hkdf-sha256'), salt: bytes(16, 64) }), wrap: wrapSchema }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;
type Wrap = z.infer<typeof wrapSchema>;
type Slot = 'passphrase' | 'recovery';

function aad(slot: Slot): Buffer {
  return Buffer.from(`${KEY_FILE_FORMAT}/v${KEY_FILE_VERSION}/${slot}`);
}

function wrap(dataKey: Buffer, wrappingKey: Buffer, slot: Slot): Wrap {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', wrappingKey, iv);
  c.setAAD(aad(slot));
  const data = Buffer.concat([c.update(dataKey), c.final()]);
  return {
    alg: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: c.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function unwrap(w: Wrap, wrappingKey: Buffer, slot: Slot, wrongMessage: string): Buffer {
  try {
    const d = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(w.iv, 'base64'));
    d.setAAD(aad(slot));
    d.setAuthTag(Buffer.from(w.tag, 'base64'));
    const key = Buffer.concat([d.update(Buffer.from(w.data, 'base64')), d.final()]);
    if (key.length !== 32) throw new Error('bad key length');
    return key;
  } catch {
    throw new AppError('crypto', wrongMessage);
  }
}

export const WRONG_PASSPHRASE =
  'That passphrase does not unlock this vault. If you have forgotten it, use your recovery key.';
export const WRONG_RECOVERY_KEY = 'That recovery key does not unlock this vault.';

export function readKeyFile(path: string): KeyFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('not_found', 'No vault key file was found in that folder.');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError(
      'io',
      'The vault key file is damaged (not valid JSON). Unlock a backup copy of the vault instead.',
    );
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'io',
      'The vault key file is damaged or from a newer Alliance. Update Alliance or use a backup copy.',
    );
  }
  return parsed.data;
}

export interface NewKeyFileInput {
  dataKey: Buffer;
  cipher: Cipher;
  passphrase: string;
  recoveryKey: string;
  argon2: Omit<Argon2Params, 'salt' | 'name'>;
}

export async function buildKeyFile(input: NewKeyFileInput): Promise<KeyFile> {
  if (!meetsOwaspMinimum(input.argon2)) {
    throw new AppError('validation', 'Argon2id settings are below the OWASP minimum.');
  }
  const now = new Date().toISOString();
  const passphraseKdf: Argon2Params = { name: 'argon2id', ...input.argon2, salt: newSalt() };
  const wrappingKey = await deriveArgon2id(input.passphrase, passphraseKdf);
  const recoverySalt = randomBytes(16);
  const recoveryKey = recoveryWrappingKey(parseRecoveryKey(input.recoveryKey), recoverySalt);
  return {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    cipher: input.cipher,
    createdAt: now,
    updatedAt: now,
    passphrase: { kdf: passphraseKdf, wrap: wrap(input.dataKey, wrappingKey, 'passphrase') },
    recovery: {
      kdf: { name: 'hkdf-sha256', salt: recoverySalt.toString('base64') },
      wrap: wrap(input.dataKey, recoveryKey, 'recovery'),
    },
  };
}

export async function unwrapWithPassphrase(kf: KeyFile, passphrase: string): Promise<Buffer> {
  const wrappingKey = await deriveArgon2id(passphrase, kf.passphrase.kdf);
  return unwrap(kf.passphrase.wrap, wrappingKey, 'passphrase', WRONG_PASSPHRASE);
}

export function unwrapWithRecoveryKey(kf: KeyFile, recoveryKey: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = parseRecoveryKey(recoveryKey);
  } catch {
    throw new AppError('crypto', WRONG_RECOVERY_KEY);
  }
  const wrappingKey = recoveryWrappingKey(bytes, Buffer.from(kf.recovery.kdf.salt, 'base64'));
  return unwrap(kf.recovery.wrap, wrappingKey, 'recovery', WRONG_RECOVERY_KEY);
}

// Re-wraps the same data key under a new passphrase; the database itself is not touched.
export async function rewrapPassphrase(
  kf: KeyFile,
  dataKey: Buffer,
  newPassphrase: string,
  argon2: Omit<Argon2Params, 'salt' | 'name'>,
): Promise<KeyFile> {
  const kdf: Argon2Params = { name: 'argon2id', ...argon2, salt: newSalt() };
  const wrappingKey = await deriveArgon2id(newPassphrase, kdf);
  return {
    ...kf,
    updatedAt: new Date().toISOString(),
    passphrase: { kdf, wrap: wrap(dataKey, wrappingKey, 'passphrase') },
  };
}

// Which vault a key file (or a backup's copy of it) belongs to: stable across passphrase changes,
// recovery and restores, different for every vault ever created.
export function vaultIdOf(kf: KeyFile): string {
  return createHash('sha256').update(`${kf.createdAt}|${kf.recovery.kdf.salt}`).digest('hex').slice(0, 16);
}

export function writeKeyFile(path: string, kf: KeyFile): void {
  writeFileAtomic(path, `${JSON.stringify(kf, null, 2)}\n`);
}
