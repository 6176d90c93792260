// Opens the vault's SQLite file with its raw 256-bit data key. The cipher and key pragmas must be
// the first statements on the connection; nothing is read before the key is set.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../contract/errors';
import type { Cipher } from './key-file';

export type SqliteDb = Database.Database;

// Electron loads its own build of the addon (see build/scripts/native-for.mjs); Node uses the default.
let nativeBinding: string | undefined;
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

const IN_USE = 'This vault is open in another Alliance window or process. Close it there first.';
const DAMAGED =
  'The vault database is damaged or incomplete. Restore it from a backup; the damaged file was left as it is.';
// A key file promises a database that holds the vault's schema: an empty file (or one with no
// tables) is a lost database, never a new vault.
const EMPTY =
  'The vault database is empty although its key file is there: the data is missing. Restore the vault from a ' +
  'backup (the command line’s `restore`, into a new folder); the files were left as they are.';

// An unencrypted SQLite file where the encrypted one should be is damage (or tampering), not a
// wrong passphrase: the key was right, the file is not a vault's.
const PLAINTEXT =
  'The vault database is not encrypted: it has been replaced by another file. Restore the vault from a backup; the ' +
  'file was left as it is.';
function isPlaintextSqlite(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(16);
      readSync(fd, head, 0, 16, 0);
      return head.toString('latin1') === 'SQLite format 3\0';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function sqliteCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

// A file shorter than its own header says is truncated: refuse it before anything could write.
// (With a non-empty WAL the newest pages may live there, so the check only applies without one.)
function refuseTruncated(db: SqliteDb, path: string): void {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  if (statSync(path).size < pages * pageSize) {
    const e = new Error('truncated') as Error & { code: string };
    e.code = 'SQLITE_CORRUPT';
    throw e;
  }
}

export function openEncryptedDatabase(
  path: string,
  dataKey: Buffer,
  cipher: Cipher,
  opts: { create: boolean },
): SqliteDb {
  let db: SqliteDb;
  // Owner-only permissions from the first byte; SQLite keeps the mode for the WAL it creates.
  if (opts.create) closeSync(openSync(path, 'wx', 0o600));
  else if (existsSync(path) && statSync(path).size === 0) throw new AppError('io', EMPTY);
  try {
    // A short busy timeout: a vault held by another process should fail fast with a clear message.
    db = new Database(path, { fileMustExist: !opts.create, timeout: 250, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    if (sqliteCode(e) === 'SQLITE_CANTOPEN')
      throw new AppError(
        'not_found',
        'The vault’s database file is missing, though its key file is there. Restore the vault from a backup, or ' +
          'set these files aside and start a new vault; nothing is deleted.',
      );
    throw new AppError('io', 'The vault database could not be opened.');
  }
  try {
    db.pragma(`cipher = '${cipher}'`);
    db.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    // Exclusive locking keeps the WAL index in process memory (no -shm file) and makes a second
    // process fail with SQLITE_BUSY instead of writing beside us.
    db.pragma('locking_mode = EXCLUSIVE');
    const tables = db.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number };
    if (!opts.create && tables.n === 0) throw new AppError('io', EMPTY);
    refuseTruncated(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    db.pragma('mmap_size = 0');
    // 64 MiB of decrypted pages kept in memory: a career's worth of hot pages without re-reading.
    db.pragma('cache_size = -65536');
    // Take the exclusive lock now rather than at the first write.
    db.exec('begin immediate; commit');
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const code = sqliteCode(e);
    if (code === 'SQLITE_NOTADB' && isPlaintextSqlite(path)) throw new AppError('io', PLAINTEXT);
    // The key came out of the key file whole (its encryption is authenticated), so a database it
    // cannot read is damaged (zeroed, overwritten) or another vault's: never a wrong passphrase,
    // and never counted as a failed attempt.
    if (code === 'SQLITE_NOTADB') {
      throw new AppError(
        'io',
        'The vault database cannot be read with its key: it is damaged or belongs to another key file. Your ' +
          'passphrase was right. Restore the vault from a backup; the file was left as it is.',
      );
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new AppError('conflict', IN_USE);
    if (code === 'SQLITE_CORRUPT') throw new AppError('io', DAMAGED);
    throw new AppError('io', 'The vault database could not be opened.');
  }
  return db;
}
