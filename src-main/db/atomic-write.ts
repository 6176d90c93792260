// Write-then-rename so a crash leaves either the old file or the new one, never half of each.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export type WriteChunk = (chunk: string | Buffer) => void;

// Lets a producer write a large file piece by piece (an export of every session) without holding
// all of it in memory; a producer that throws leaves no file and no temporary behind.
export function writeFileAtomicStreaming<T>(path: string, produce: (write: WriteChunk) => T): T {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  let result: T;
  try {
    result = produce((chunk) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    });
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
  return result;
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
