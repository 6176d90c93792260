// Nothing Alliance writes for the user (an export, a backup, a restored copy) may land inside a
// vault folder or on a file a vault owns: one wrong path would overwrite the database or the key
// file, and without the key file the data is gone. Paths are compared after resolving links and
// `..`; the file names are compared without case where the file system ignores it.
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../contract/errors';
import { BACKUP_MAGIC } from './backup-file';

// The journal is there only while an import runs (core/data-transfer/workflows.ts), or after one was cut off.
const VAULT_FILES = ['alliance.db', 'alliance.db-wal', 'alliance.db-shm', 'alliance.db-journal', 'vault-keys.json'];
const CASELESS = process.platform === 'win32' || process.platform === 'darwin';
const REFUSED =
  'That place is inside an Alliance vault folder, and writing there could overwrite the vault. Choose another ' +
  'folder; nothing was written.';

// The real path of `p`: links and `..` resolved in the part that exists, the rest appended.
function realPath(p: string): string {
  let head = resolve(p);
  const tail: string[] = [];
  while (!existsSync(head) && dirname(head) !== head) {
    tail.unshift(basename(head));
    head = dirname(head);
  }
  try {
    head = realpathSync.native(head);
  } catch {
    // unreadable: compare the path as given
  }
  return join(head, ...tail);
}

const BACKUP_REFUSED =
  'That file is an Alliance backup, and writing there would replace it with an unencrypted export. Choose another ' +
  'name; nothing was written.';

// A backup is known by its first bytes, whatever it is called now.
function isBackup(path: string): boolean {
  let fd: number;
  try {
    // Opening a pipe with no writer would block: only regular files are read.
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(BACKUP_MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(BACKUP_MAGIC);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

const holdsVault = (dir: string) => VAULT_FILES.some((f) => existsSync(join(dir, f)));

// `kind` 'file': a file to be written. 'folder': a folder to be written into (a backup folder).
// 'new-folder': a folder about to become a vault (a restore target), which may not sit in one.
export function refuseVaultTarget(target: string, kind: 'file' | 'folder' | 'new-folder'): void {
  const real = realPath(target);
  const name = CASELESS ? basename(real).toLowerCase() : basename(real);
  if (kind === 'file' && VAULT_FILES.includes(name)) throw new AppError('validation', REFUSED);
  if (kind === 'file' && isBackup(real)) throw new AppError('validation', BACKUP_REFUSED);
  for (let d = kind === 'folder' ? real : dirname(real); ; d = dirname(d)) {
    if (holdsVault(d)) throw new AppError('validation', REFUSED);
    if (dirname(d) === d) return;
  }
}
