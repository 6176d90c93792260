// The backup container (documented in docs/security.md): magic, a JSON header, then the encrypted
// database bytes exactly as on disk. The header carries the key file as it was at backup time, so
// a backup opens with the passphrase (or recovery key) of that moment. Nothing in it is plaintext
// clinical data: the header holds row counts, hashes and the wrapped keys only.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../contract/errors';
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

// Magic, header length and header: everything before the database bytes.
export function backupPrefix(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([BACKUP_MAGIC, len, json]);
}

export function newBackupHeader(
  header: Omit<BackupHeader, 'format' | 'version' | 'database'>,
  database: { bytes: number; sha256: string },
): BackupHeader {
  return { format: 'alliance-backup', version: 1, ...header, database };
}

// Streams a file from `offset` to `sink` a megabyte at a time, hashing what it reads: a backup of a
// 100 MB vault never holds the vault in memory.
const CHUNK = 1024 * 1024;
export function streamHashed(path: string, offset: number, sink?: (chunk: Buffer) => void) {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  let bytes = 0;
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, offset + bytes)) > 0; bytes += n) {
      const chunk = buffer.subarray(0, n);
      hash.update(chunk);
      sink?.(chunk);
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

// The header and where the database bytes start, with those bytes checked against the header's
// length and SHA-256 as they stream past (to `sink`, if given). Refuses anything else as damaged.
export function readBackup(path: string, sink?: (chunk: Buffer) => void): BackupHeader {
  const { header, dataOffset } = readBackupLayout(path);
  let landed: { bytes: number; sha256: string };
  try {
    landed = streamHashed(path, dataOffset, sink);
  } catch {
    throw new AppError('not_found', 'That backup file could not be read.');
  }
  if (landed.bytes !== header.database.bytes || landed.sha256 !== header.database.sha256)
    throw new AppError('io', DAMAGED);
  return header;
}

// The header only, without reading the (large) database part: enough to list and prune.
export function readBackupHeader(path: string): BackupHeader {
  return readBackupLayout(path).header;
}

function readBackupLayout(path: string): { header: BackupHeader; dataOffset: number } {
  let fd: number;
  try {
    // A pipe or device named like a backup would block the open or never end.
    if (!statSync(path).isFile()) throw new Error('not a regular file');
    fd = openSync(path, 'r');
  } catch {
    throw new AppError('not_found', 'That backup file could not be read.');
  }
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
    return { header: parsed.data, dataOffset: head.length + len };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('io', DAMAGED);
  } finally {
    closeSync(fd);
  }
}

export type { KeyFile };
