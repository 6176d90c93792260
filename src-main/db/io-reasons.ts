import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
// The system's error codes for files and folders, said in words: "(EROFS: that disk is read-only)".
const IO_REASONS: Record<string, string> = {
  ENOENT: 'that folder does not exist',
  ENOTDIR: 'part of that path is a file, not a folder',
  EACCES: 'Alliance may not write there',
  EPERM: 'Alliance may not write there',
  EROFS: 'that disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'that is a folder, not a file',
  EIO: 'the disk could not be read or written',
};

// The code of a file-system error (ENOSPC and the like), or null for anything else.
export function ioCode(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

export const ioWords = (code: string): string => (IO_REASONS[code] ? `${code}: ${IO_REASONS[code]}` : code);

// SQLite says the same things in its own words; drizzle wraps them, so the cause chain is followed.
const SQLITE_AS_IO: Record<string, string> = { SQLITE_FULL: 'ENOSPC', SQLITE_READONLY: 'EROFS', SQLITE_IOERR: 'EIO' };
export function diskProblem(e: unknown): string | null {
  for (let x = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    const io = ioCode(x);
    if (io) return io;
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string') {
      const base = Object.keys(SQLITE_AS_IO).find((k) => code === k || code.startsWith(`${k}_`));
      if (base) return SQLITE_AS_IO[base]!;
    }
  }
  return null;
}

// Under a megabyte free where `file` lives: too little for a vault to be written.
export function nearlyFull(file: string): boolean {
  try {
    const s = statfsSync(dirname(file));
    return s.bavail * s.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}
