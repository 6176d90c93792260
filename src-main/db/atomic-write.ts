// Write-then-rename so a crash leaves either the old file or the new one, never half of each.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export type WriteChunk = (chunk: string | Buffer) => void;

// Told the temporary's name before it exists and again once it is gone (renamed or removed), so a
// caller can remember it somewhere safe and a later run can remove what a killed one left.
export interface TempWatch {
  opening(tmp: string): void;
  settled(tmp: string): void;
}

export const tempNameFor = (path: string): string => `${path}.tmp-${process.pid}`;

// Lets a producer write a large file piece by piece (an export of every session) without holding
// all of it in memory. Whatever fails (the producer, the disk, the final rename onto a folder or a
// file another program holds) leaves no temporary behind: an export's temporary is plaintext.
export function writeFileAtomicStreaming<T>(path: string, produce: (write: WriteChunk) => T, watch?: TempWatch): T {
  const tmp = tempNameFor(path);
  watch?.opening(tmp);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    let result: T;
    try {
      result = produce((chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
      });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    fsyncDir(dirname(path));
    return result;
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // left for the next start's sweep (core/shared/pending-writes.ts); the first error matters more
    }
    throw e;
  } finally {
    watch?.settled(tmp);
  }
}

export function writeFileAtomic(path: string, data: string | Buffer): void {
  writeFileAtomicStreaming(path, (write) => write(data));
}

function fsyncDir(dir: string): void {
  // Directories cannot be opened for fsync on Windows; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
