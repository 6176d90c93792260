// Encrypted backups: checkpoint the WAL, copy the encrypted database bytes (the connection's
// exclusive lock and this single thread mean nothing writes meanwhile) to a private temp folder,
// prove the copy (open it with the key, run integrity_check, compare row counts), wrap it with the
// key file in a backup container written atomically, and check what landed hashes the same. Every
// step streams a megabyte at a time. SQLite's online backup API is never used: it would
// open the target without a key.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../contract/errors';
import {
  backupPrefix,
  newBackupHeader,
  readBackup,
  readBackupHeader,
  streamHashed,
  BACKUP_EXTENSION,
  type BackupHeader,
} from '../../db/backup-file';
import { writeFileAtomicStreaming } from '../../db/atomic-write';
import {
  readKeyFile,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  vaultIdOf,
  writeKeyFile,
  type Cipher,
} from '../../db/key-file';
import { openEncryptedDatabase, type SqliteDb } from '../../db/open-database';
import { vaultPaths } from '../../db/vault-files';
import { refuseVaultTarget } from '../../db/vault-guard';
import { cleanStaleFiles, VERIFY_PREFIX } from '../shared/stale-files';
import { auditHead } from '../audit/audit-log';
import type { OpenVault } from '../../db/vault';

const NAME = /^alliance-backup-(\d{8}-\d{6}(?:-\d+)?)\.alliance-backup$/;

export interface BackupInfo {
  file: string;
  name: string;
  createdAt: string;
  bytes: number;
  // Which vault it is of, and its number among that vault's backups (null: made before numbering).
  vaultId: string | null;
  seq: number | null;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function tableCounts(sqlite: SqliteDb): Record<string, number> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  const out: Record<string, number> = {};
  for (const { name } of tables)
    out[name] = (sqlite.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  return out;
}

function schemaVersion(sqlite: SqliteDb): number {
  return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

// Opens an encrypted copy with the key and checks it is whole and holds what we expect.
function verifyCopy(path: string, dataKey: Buffer, cipher: Cipher, expected: Record<string, number>): void {
  const db = openEncryptedDatabase(path, dataKey, cipher, { create: false });
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok')
      throw new AppError('io', 'The backup copy failed its integrity check; it was not kept.');
    const counts = tableCounts(db);
    if (JSON.stringify(counts) !== JSON.stringify(expected))
      throw new AppError('io', 'The backup copy does not hold the same records as the vault; it was not kept.');
  } finally {
    db.close();
  }
}

// A private temp folder for a verification copy, removed whatever happens.
function inVerifyFolder<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), VERIFY_PREFIX));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Copies a file a chunk at a time, hashing what it copies.
function copyHashed(from: string, offset: number, to: string): { bytes: number; sha256: string } {
  return writeFileAtomicStreaming(to, (write) => streamHashed(from, offset, write));
}

// The backups in a folder, newest first by their own sequence numbers (a wrong clock cannot
// reorder them). With `vaultId`, only that vault's: a folder may hold several vaults' backups.
export function listBackups(folder: string, vaultId?: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const all = names
    .filter((n) => NAME.test(n))
    .map((name) => {
      const s = NAME.exec(name)![1]!;
      const createdAt =
        `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` +
        `T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
      const file = join(folder, name);
      let header: { vaultId: string | null; seq: number | null } = { vaultId: null, seq: null };
      try {
        const h = readBackupHeader(file);
        header = { vaultId: vaultIdOf(h.keyFile), seq: h.seq ?? null };
      } catch {
        // unreadable: listed, never counted as any vault's, so never pruned
      }
      return { file, name, createdAt, bytes: statSync(file).size, ...header };
    })
    .sort((x, y) => (y.seq ?? 0) - (x.seq ?? 0) || y.name.localeCompare(x.name));
  return vaultId === undefined ? all : all.filter((b) => b.vaultId === vaultId);
}

export function backupVault(
  vault: OpenVault,
  folder: string,
  opts: { keep: number; now?: Date },
): BackupInfo & { counts: Record<string, number> } {
  const now = opts.now ?? new Date();
  refuseVaultTarget(folder, 'folder');
  cleanStaleFiles({ vaultDir: vault.dir, backupFolder: folder });
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new AppError('io', 'The backup folder could not be created. Choose another folder.');
  }
  const paths = vaultPaths(vault.dir);
  const keyFile = readKeyFile(paths.keyFile);
  const vaultId = vaultIdOf(keyFile);
  const mine = listBackups(folder, vaultId);
  const seq = Math.max(mine.length, ...mine.map((b) => b.seq ?? 0)) + 1;
  const checkpoint = vault.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (checkpoint[0]?.busy) throw new AppError('conflict', 'The vault is busy; try the backup again in a moment.');
  const counts = tableCounts(vault.sqlite);
  return inVerifyFolder((dir) => {
    // The encrypted bytes are copied once, a megabyte at a time: the copy is verified, and the
    // backup is written from the verified copy, never from memory.
    const copy = join(dir, 'check.db');
    const database = copyHashed(paths.database, 0, copy);
    verifyCopy(copy, vault.dataKey, vault.cipher, counts);
    const header = newBackupHeader(
      {
        createdAt: now.toISOString(),
        schemaVersion: schemaVersion(vault.sqlite),
        keyFile,
        counts,
        seq,
        auditHead: auditHead(vault.db),
      },
      database,
    );
    let name = `alliance-backup-${stamp(now)}.${BACKUP_EXTENSION}`;
    for (let i = 2; listBackups(folder).some((b) => b.name === name); i++)
      name = `alliance-backup-${stamp(now)}-${i}.${BACKUP_EXTENSION}`;
    const file = join(folder, name);
    let bytes = 0;
    try {
      writeFileAtomicStreaming(file, (write) => {
        const prefix = backupPrefix(header);
        write(prefix);
        bytes = prefix.length + streamHashed(copy, 0, write).bytes;
      });
    } catch {
      throw new AppError(
        'io',
        'The backup could not be written to that folder. Check there is space and that Alliance may write there.',
      );
    }
    // Read back what landed on disk: its database bytes must hash to those of the verified copy.
    const landed = readBackup(file);
    if (landed.database.sha256 !== database.sha256) {
      rmSync(file, { force: true });
      throw new AppError('io', 'The backup did not land on disk as written; it was not kept.');
    }
    pruneBackups(folder, opts.keep, vaultId, file);
    return { file, name, createdAt: now.toISOString(), bytes, counts, vaultId, seq };
  });
}

// Keeps this vault's newest `keep` backups by sequence, and always the one just made and verified;
// other vaults' backups and files it cannot read are never touched.
export function pruneBackups(folder: string, keep: number, vaultId: string, justMade: string): string[] {
  const removed: string[] = [];
  for (const b of listBackups(folder, vaultId).slice(Math.max(1, keep))) {
    if (b.file === justMade) continue;
    rmSync(b.file, { force: true });
    removed.push(b.name);
  }
  return removed;
}

export interface RestoreSecret {
  passphrase?: string;
  recoveryKey?: string;
}

// The header, once the whole file has been read and its database bytes match it.
export function inspectBackup(file: string): BackupHeader {
  return readBackup(file);
}

// Restores into a folder that must not exist yet or be empty; never over anything.
export async function restoreBackup(
  file: string,
  targetDir: string,
  secret: RestoreSecret,
): Promise<{ counts: Record<string, number>; createdAt: string }> {
  refuseVaultTarget(targetDir, 'new-folder');
  try {
    if (readdirSync(targetDir).length > 0)
      throw new AppError('conflict', 'Restore into a new, empty folder: that one already has files in it.');
  } catch (e) {
    if (e instanceof AppError) throw e;
  }
  const header = readBackupHeader(file);
  const dataKey =
    secret.recoveryKey !== undefined
      ? unwrapWithRecoveryKey(header.keyFile, secret.recoveryKey)
      : await unwrapWithPassphrase(header.keyFile, secret.passphrase ?? '').catch(() => {
          throw new AppError(
            'crypto',
            'That passphrase does not open this backup. Use the passphrase you had when it was made, or your ' +
              'recovery key.',
          );
        });
  const parent = dirname(targetDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(targetDir)}.restoring-`));
  try {
    const p = vaultPaths(staging);
    // Streamed into the staging folder (checked against the header's hash as it goes), then
    // opened and checked there: nothing is renamed into place before it has proved whole.
    try {
      writeFileAtomicStreaming(p.database, (write) => readBackup(file, write));
      verifyCopy(p.database, dataKey, header.keyFile.cipher, header.counts);
    } finally {
      dataKey.fill(0);
    }
    writeKeyFile(p.keyFile, header.keyFile);
    try {
      rmdirSync(targetDir); // only ever removes an empty folder
    } catch {
      // missing is fine; a folder that filled up meanwhile makes the rename below fail
    }
    renameSync(staging, targetDir);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('io', 'The restored vault could not be written there. Choose another folder.');
  }
  return { counts: header.counts, createdAt: header.createdAt };
}
