// Files a killed Alliance process leaves behind: encrypted verification copies in the temp folder
// (`alliance-verify-*`), restore staging folders (`.<vault>.restoring-*`), and `*.tmp-<pid>` files
// of atomic writes (key file, backups, exports). Only our own names are touched; a temp file is
// removed only when the process that wrote it is gone, a folder only once it is an hour old (a
// live backup or restore elsewhere may be using a fresh one).
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const HOUR = 3_600_000;
const TMP = /\.tmp-(\d+)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function oldEnough(path: string, now: number): boolean {
  try {
    return now - statSync(path).mtimeMs > HOUR;
  } catch {
    return false;
  }
}

// Removes what it can and says how many; it never fails the caller.
export function cleanStaleFiles(opts: { vaultDir: string; backupFolder?: string | null; now?: number }): number {
  const now = opts.now ?? Date.now();
  let removed = 0;
  const remove = (path: string) => {
    try {
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch {
      // in use or not ours to remove: left for next time
    }
  };
  for (const name of entries(tmpdir()))
    if (name.startsWith('alliance-verify-') && oldEnough(join(tmpdir(), name), now)) remove(join(tmpdir(), name));
  const parent = dirname(opts.vaultDir);
  for (const name of entries(parent))
    if (name.startsWith(`.${basename(opts.vaultDir)}.restoring-`) && oldEnough(join(parent, name), now))
      remove(join(parent, name));
  for (const folder of [opts.vaultDir, opts.backupFolder].filter((f): f is string => !!f))
    for (const name of entries(folder)) {
      const pid = TMP.exec(name)?.[1];
      if (pid && Number(pid) !== process.pid && !alive(Number(pid))) remove(join(folder, name));
    }
  return removed;
}
