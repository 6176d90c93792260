// Files a killed Alliance process leaves behind: encrypted verification copies in the temp folder
// (`alliance-verify-<pid>-*`), restore staging folders (`.<vault>.restoring-*`), and `*.tmp-<pid>`
// files of atomic writes (key file, backups). Only our own names are touched. A file or folder that
// names its process goes as soon as that process is gone, so eight killed backups do not leave
// gigabytes for an hour; one that does not (older names, staging folders) once it is an hour old,
// since a live backup or restore elsewhere may be using a fresh one. Exports' temporaries, written
// wherever the user saves, are found through the vault instead (pending-writes.ts).
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './process-alive';

const HOUR = 3_600_000;
const TMP = /\.tmp-(\d+)$/;
const VERIFY = /^alliance-verify-(\d+)-/;
export const VERIFY_PREFIX = `alliance-verify-${process.pid}-`;

const gone = (pid: number) => pid !== process.pid && !processAlive(pid);

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
  for (const name of entries(tmpdir())) {
    if (!name.startsWith('alliance-verify-')) continue;
    const pid = VERIFY.exec(name)?.[1];
    if (pid ? gone(Number(pid)) : oldEnough(join(tmpdir(), name), now)) remove(join(tmpdir(), name));
  }
  const parent = dirname(opts.vaultDir);
  for (const name of entries(parent))
    if (name.startsWith(`.${basename(opts.vaultDir)}.restoring-`) && oldEnough(join(parent, name), now))
      remove(join(parent, name));
  for (const folder of [opts.vaultDir, opts.backupFolder].filter((f): f is string => !!f))
    for (const name of entries(folder)) {
      const pid = TMP.exec(name)?.[1];
      if (pid && gone(Number(pid))) remove(join(folder, name));
    }
  return removed;
}
