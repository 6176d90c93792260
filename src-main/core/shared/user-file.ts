// Files the user picks to bring in (a framework, an export) are read defensively: only a regular
// file is opened (a pipe named `x.csv` with no writer would block the main process for good, and
// one with a writer would never end), at most `maxBytes` are read whatever the file claims its size
// is, and text that is not UTF-8 is refused rather than turned into "Comp�tence".
import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../contract/errors';

export function notUtf8(): AppError {
  return new AppError(
    'validation',
    'That file is not UTF-8 text, so some letters would be changed. Save it again as UTF-8 (in a spreadsheet: "CSV ' +
      'UTF-8") and choose it again.',
  );
}

function ioError(e: unknown): AppError {
  return new AppError('io', `The file could not be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
}

// Opens a regular file for reading, or says why not. O_NONBLOCK keeps a pipe swapped in after the
// check from blocking the open.
export function openRegularFile(path: string): number {
  let fd: number;
  try {
    if (!statSync(path).isFile()) throw notAFile();
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw ioError(e);
  }
  try {
    if (!statSync(path).isFile()) throw notAFile();
  } catch (e) {
    closeSync(fd);
    if (e instanceof AppError) throw e;
    throw ioError(e);
  }
  return fd;
}

function notAFile(): AppError {
  return new AppError('validation', 'That is not an ordinary file (a folder, a device or a pipe). Choose a file.');
}

// Reads a whole file of at most `maxBytes`; `tooLarge` is the sentence for a bigger one.
export function readBytesCapped(path: string, maxBytes: number, tooLarge: string): Buffer {
  const fd = openRegularFile(path);
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw new AppError('validation', tooLarge);
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw ioError(e);
  } finally {
    closeSync(fd);
  }
}

// Reads a whole UTF-8 text file of at most `maxBytes`; `tooLarge` is the sentence for a bigger one.
export function readTextCapped(path: string, maxBytes: number, tooLarge: string): string {
  let bytes = readBytesCapped(path, maxBytes, tooLarge);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8();
  }
}
