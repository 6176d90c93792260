// Vault lifecycle on disk: create, unlock (passphrase or recovery key), change passphrase. The data
// key lives only inside an OpenVault and is dropped when it closes.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RunResult } from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { AppError } from '../contract/errors';
import { MIN_PASSPHRASE_LENGTH } from '../contract/common';
import { applyMigrations } from './migrate';
import { diskProblem, ioWords } from './io-reasons';
import { OWASP_MINIMUM, type Argon2Params } from './kdf';
import {
  buildKeyFile,
  readKeyFile,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyFile,
  type Cipher,
} from './key-file';
import { openEncryptedDatabase, type SqliteDb } from './open-database';
import { newRecoveryKey } from './recovery-key';
import * as schema from './schema';
import { vaultPaths } from './vault-files';

// A database or a transaction inside one: services take either, so a workflow can wrap several in
// one transaction without casts.
export type Db = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;
export type KdfSettings = Omit<Argon2Params, 'salt' | 'name'>;

export const DEFAULT_CIPHER: Cipher = 'aegis';

export interface OpenVault {
  dir: string;
  sqlite: SqliteDb;
  db: Db;
  cipher: Cipher;
  // Held while unlocked (backups are verified by opening the copy); zeroed on close.
  dataKey: Buffer;
  close(): void;
}

export interface VaultOptions {
  migrationsFolder: string;
  kdf?: KdfSettings;
  cipher?: Cipher;
}

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('validation', `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

export function vaultExists(dir: string): boolean {
  const p = vaultPaths(dir);
  return existsSync(p.keyFile) || existsSync(p.database);
}

function openWithKey(
  dir: string,
  dataKey: Buffer,
  cipher: Cipher,
  migrationsFolder: string,
  create: boolean,
): OpenVault {
  const key = Buffer.from(dataKey);
  dataKey.fill(0);
  let sqlite: SqliteDb;
  try {
    sqlite = openEncryptedDatabase(vaultPaths(dir).database, key, cipher, { create });
  } catch (e) {
    key.fill(0);
    throw e;
  }
  const db = drizzle(sqlite, { schema });
  try {
    applyMigrations(db, migrationsFolder, vaultPaths(dir).database);
  } catch (e) {
    sqlite.close();
    key.fill(0);
    throw e;
  }
  let open = true;
  return {
    dir,
    sqlite,
    db,
    cipher,
    dataKey: key,
    close() {
      if (!open) return;
      open = false;
      sqlite.close();
      key.fill(0);
    },
  };
}

export async function createVault(
  dir: string,
  passphrase: string,
  opts: VaultOptions,
): Promise<{ vault: OpenVault; recoveryKey: string }> {
  checkPassphrase(passphrase);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    // A recursive mkdir on a read-only disk reports ENOENT; the plain one says why.
    try {
      if (existsSync(dirname(dir))) mkdirSync(dir, { mode: 0o700 });
    } catch (plain) {
      throw cannotCreate(plain);
    }
    throw cannotCreate(e);
  }
  const leftovers = readdirSync(dir);
  if (leftovers.length > 0) {
    throw new AppError(
      'conflict',
      vaultExists(dir)
        ? 'A vault already exists in that folder.'
        : 'That folder is not empty. Choose an empty folder for a new vault.',
    );
  }
  const dataKey = randomBytes(32);
  const recoveryKey = newRecoveryKey();
  const cipher = opts.cipher ?? DEFAULT_CIPHER;
  const keyFile = await buildKeyFile({ dataKey, cipher, passphrase, recoveryKey, argon2: opts.kdf ?? OWASP_MINIMUM });
  // The database is created first so a crash never leaves a key file that points at nothing.
  let vault: OpenVault | null = null;
  try {
    vault = openWithKey(dir, dataKey, cipher, opts.migrationsFolder, true);
    writeKeyFile(vaultPaths(dir).keyFile, keyFile);
    return { vault, recoveryKey };
  } catch (e) {
    // The folder was empty and the vault holds nothing yet: what this attempt wrote (a few KB of
    // database with no key file, on a full disk) is removed, so the folder is not left looking
    // like a vault that cannot be opened.
    vault?.close();
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
    throw cannotCreate(e);
  }
}

function cannotCreate(e: unknown): unknown {
  const code = diskProblem(e);
  if (e instanceof AppError || !code) return e;
  return new AppError(
    'io',
    `The vault could not be created there (${ioWords(code)}). Nothing was kept; choose another folder.`,
  );
}

export async function unlockVault(dir: string, passphrase: string, opts: VaultOptions): Promise<OpenVault> {
  const kf = readKeyFile(vaultPaths(dir).keyFile);
  const dataKey = await unwrapWithPassphrase(kf, passphrase);
  return openWithKey(dir, dataKey, kf.cipher, opts.migrationsFolder, false);
}

// Opens with a data key kept elsewhere (quick unlock's, from the keychain): only the cipher comes from
// the key file. A key that does not open the database is refused as io, like a damaged file.
export function openVaultWithKey(dir: string, dataKey: Buffer, opts: VaultOptions): OpenVault {
  const kf = readKeyFile(vaultPaths(dir).keyFile);
  return openWithKey(dir, dataKey, kf.cipher, opts.migrationsFolder, false);
}

// Unlocks with the recovery key and replaces the forgotten passphrase in one step.
export async function recoverVault(
  dir: string,
  recoveryKey: string,
  newPassphrase: string,
  opts: VaultOptions,
): Promise<OpenVault> {
  checkPassphrase(newPassphrase);
  const path = vaultPaths(dir).keyFile;
  const kf = readKeyFile(path);
  const dataKey = unwrapWithRecoveryKey(kf, recoveryKey);
  const vault = openWithKey(dir, Buffer.from(dataKey), kf.cipher, opts.migrationsFolder, false);
  try {
    writeKeyFile(path, await rewrapPassphrase(kf, dataKey, newPassphrase, opts.kdf ?? kf.passphrase.kdf));
  } catch (e) {
    vault.close();
    throw e;
  } finally {
    dataKey.fill(0);
  }
  return vault;
}

// Rewraps the data key under a new passphrase. The vault's own lock is taken first (or is already
// held by the caller, `held`), so a vault open elsewhere is refused before the key file is touched;
// and the key file is replaced only if it is still the one read at the start (compare-and-swap), so
// two changes at once cannot both "succeed".
export async function changePassphrase(
  dir: string,
  current: string,
  next: string,
  opts: { kdf?: KdfSettings; held?: OpenVault } = {},
): Promise<void> {
  checkPassphrase(next);
  const paths = vaultPaths(dir);
  const before = readKeyFileText(paths.keyFile);
  const kf = readKeyFile(paths.keyFile);
  const dataKey = await unwrapWithPassphrase(kf, current);
  let lock: SqliteDb | null = null;
  try {
    if (!opts.held) lock = openEncryptedDatabase(paths.database, dataKey, kf.cipher, { create: false });
    const rewrapped = await rewrapPassphrase(kf, dataKey, next, opts.kdf ?? kf.passphrase.kdf);
    if (readKeyFileText(paths.keyFile) !== before)
      throw new AppError(
        'conflict',
        'The passphrase was changed somewhere else at the same time. Nothing was changed here; unlock with the new ' +
          'one.',
      );
    writeKeyFile(paths.keyFile, rewrapped);
  } finally {
    lock?.close();
    dataKey.fill(0);
  }
}

function readKeyFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new AppError('not_found', 'No vault key file was found in that folder.');
  }
}
