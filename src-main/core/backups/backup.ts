// Encrypted backups: checkpoint the WAL, copy the encrypted database bytes (the connection's
// exclusive lock and this single thread mean nothing writes meanwhile), wrap them with the key file
// in a backup container, write it atomically, then prove it: open the copy with the key, run
// integrity_check and compare row counts. SQLite's online backup API is never used: it would
// open the target without a key.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../contract/errors';
import {
  buildBackup,
  readBackupFile,
  readBackupHeader,
  writeBackupFile,
  BACKUP_EXTENSION,
  type BackupHeader,
} from '../../db/backup-file';
import { writeFileAtomic } from '../../db/atomic-write';
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
import { cleanStaleFiles } from '../shared/stale-files';
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

// Opens an encrypted copy in a private temp folder and checks it matches what we expect.
function verifyCopy(database: Buffer, dataKey: Buffer, cipher: Cipher, expected: Record<string, number>): void {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-verify-'));
  try {
    const path = join(dir, 'check.db');
    writeFileSync(path, database, { mode: 0o600 });
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
      const createdAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
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
  const database = readFileSync(paths.database);
  const counts = tableCounts(vault.sqlite);
  const { bytes } = buildBackup(
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
  verifyCopy(database, vault.dataKey, vault.cipher, counts);
  let name = `alliance-backup-${stamp(now)}.${BACKUP_EXTENSION}`;
  for (let i = 2; listBackups(folder).some((b) => b.name === name); i++)
    name = `alliance-backup-${stamp(now)}-${i}.${BACKUP_EXTENSION}`;
  const file = join(folder, name);
  try {
    writeBackupFile(file, bytes);
  } catch {
    throw new AppError(
      'io',
      'The backup could not be written to that folder. Check there is space and that Alliance may write there.',
    );
  }
  // Read back what landed on disk, not what we meant to write.
  const landed = readBackupFile(file);
  verifyCopy(landed.database, vault.dataKey, vault.cipher, counts);
  pruneBackups(folder, opts.keep, vaultId, file);
  return { file, name, createdAt: now.toISOString(), bytes: bytes.length, counts, vaultId, seq };
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

export function inspectBackup(file: string): BackupHeader {
  return readBackupFile(file).header;
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
  const { header, database } = readBackupFile(file);
  const dataKey =
    secret.recoveryKey !== undefined
      ? unwrapWithRecoveryKey(header.keyFile, secret.recoveryKey)
      : await unwrapWithPassphrase(header.keyFile, secret.passphrase ?? '').catch(() => {
          throw new AppError(
            'crypto',
            'That passphrase does not open this backup. Use the passphrase you had when it was made, or your recovery key.',
          );
        });
  try {
    verifyCopy(database, dataKey, header.keyFile.cipher, header.counts);
  } finally {
    dataKey.fill(0);
  }
  const parent = dirname(targetDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(targetDir)}.restoring-`));
  try {
    const p = vaultPaths(staging);
    writeFileAtomic(p.database, database);
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
