// The backup container (documented in the README): magic, a JSON header, then the encrypted
// database bytes exactly as on disk. The header carries the key file as it was at backup time, so
// a backup opens with the passphrase (or recovery key) of that moment. Nothing in it is plaintext
// clinical data: the header holds row counts, hashes and the wrapped keys only.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { writeFileAtomic } from './atomic-write';
import { keyFileSchema, type KeyFile } from './key-file';

export const BACKUP_MAGIC = Buffer.from('ALLIANCE-BACKUP\n', 'latin1');
export const BACKUP_EXTENSION = 'alliance-backup';
const MAX_HEADER = 1024 * 1024;

const headerSchema = z.object({
  format: z.literal('alliance-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  keyFile: keyFileSchema,
  database: z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  // This vault's backups are numbered 1, 2, 3…: pruning orders by this, never by a clock that may
  // be wrong. Backups made before it existed have none and count as older.
  seq: z.number().int().positive().optional(),
  // The audit chain's head at backup time, so a later truncation of the trail shows against it.
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const DAMAGED = 'This backup is damaged or incomplete and cannot be restored. Use another (older) backup.';

export function buildBackup(
  header: Omit<BackupHeader, 'format' | 'version' | 'database'>,
  database: Buffer,
): { header: BackupHeader; bytes: Buffer } {
  const full: BackupHeader = {
    format: 'alliance-backup',
    version: 1,
    ...header,
    database: { bytes: database.length, sha256: createHash('sha256').update(database).digest('hex') },
  };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return { header: full, bytes: Buffer.concat([BACKUP_MAGIC, len, json, database]) };
}

export function writeBackupFile(path: string, bytes: Buffer): void {
  writeFileAtomic(path, bytes);
}

export function parseBackup(bytes: Buffer): { header: BackupHeader; database: Buffer } {
  if (bytes.length < BACKUP_MAGIC.length + 4 || !bytes.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
    throw new AppError('io', 'That file is not an Alliance backup.');
  }
  const len = bytes.readUInt32BE(BACKUP_MAGIC.length);
  const start = BACKUP_MAGIC.length + 4;
  if (len > MAX_HEADER || start + len > bytes.length) throw new AppError('io', DAMAGED);
  let header: BackupHeader;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(bytes.subarray(start, start + len).toString('utf8')));
    if (!parsed.success) throw new Error('header');
    header = parsed.data;
  } catch {
    throw new AppError('io', DAMAGED);
  }
  const database = bytes.subarray(start + len);
  if (
    database.length !== header.database.bytes ||
    createHash('sha256').update(database).digest('hex') !== header.database.sha256
  ) {
    throw new AppError('io', DAMAGED);
  }
  return { header, database };
}

// The header only, without reading the (large) database part: enough to list and prune.
export function readBackupHeader(path: string): BackupHeader {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(BACKUP_MAGIC.length + 4);
    if (
      readSync(fd, head, 0, head.length, 0) < head.length ||
      !head.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)
    )
      throw new AppError('io', 'That file is not an Alliance backup.');
    const len = head.readUInt32BE(BACKUP_MAGIC.length);
    if (len > MAX_HEADER) throw new AppError('io', DAMAGED);
    const json = Buffer.alloc(len);
    if (readSync(fd, json, 0, len, head.length) < len) throw new AppError('io', DAMAGED);
    const parsed = headerSchema.safeParse(JSON.parse(json.toString('utf8')));
    if (!parsed.success) throw new AppError('io', DAMAGED);
    return parsed.data;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('io', DAMAGED);
  } finally {
    closeSync(fd);
  }
}

export function readBackupFile(path: string): { header: BackupHeader; database: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('not_found', 'That backup file could not be read.');
  }
  return parseBackup(bytes);
}

export type { KeyFile };
