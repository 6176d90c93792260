// Exports are plaintext, and a killed export leaves its temporary (`<name>.tmp-<pid>`) wherever the
// user chose to save, a folder the start-up sweep of the vault folder never looks at. So each
// temporary's path is remembered inside the encrypted vault while it exists, and the next unlock
// removes any whose writing process is gone. The path itself stays encrypted with the vault.
import { existsSync, rmSync } from 'node:fs';
import type { TempWatch } from '../../db/atomic-write';
import { readSetting, writeSetting } from '../settings/settings';
import type { Db } from '../../db/vault';
import { processAlive } from './process-alive';

const KEY = 'pending-writes';

function read(db: Db): string[] {
  const value = readSetting(db, KEY);
  if (!value) return [];
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

function write(db: Db, list: string[]): void {
  writeSetting(db, KEY, list.length ? JSON.stringify(list) : null);
}

export function pendingWrites(db: () => Db): TempWatch {
  return {
    opening: (tmp) => write(db(), [...read(db()).filter((p) => p !== tmp), tmp]),
    settled: (tmp) => {
      try {
        write(
          db(),
          read(db()).filter((p) => p !== tmp),
        );
      } catch {
        // the vault locked meanwhile: the next unlock's sweep finds the file already gone
      }
    },
  };
}

const PID = /\.tmp-(\d+)$/;

// Removes the temporaries of processes that are gone and forgets them; says how many it removed.
export function sweepPendingWrites(db: Db): number {
  const list = read(db);
  let removed = 0;
  const keep: string[] = [];
  for (const tmp of list) {
    const pid = Number(PID.exec(tmp)?.[1]);
    if (pid && (pid === process.pid || processAlive(pid))) {
      keep.push(tmp);
      continue;
    }
    try {
      if (existsSync(tmp)) removed++;
      rmSync(tmp, { force: true });
    } catch {
      keep.push(tmp);
    }
  }
  if (keep.length !== list.length) write(db, keep);
  return removed;
}
