// Files Alliance writes (key file, backups, exports) appear whole or not at all.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicStreaming } from '../../src-main/db/atomic-write';
import { tempDir } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('atomic writes', () => {
  it('writes a file in pieces, readable only by its owner, and returns what the producer returns', () => {
    const path = join(dir.path, 'out.csv');
    const pieces = Array.from({ length: 500 }, (_, i) => `row ${i},${'x'.repeat(i % 97)}\r\n`);
    const n = writeFileAtomicStreaming(path, (write) => {
      pieces.forEach((p, i) => write(i % 2 ? p : Buffer.from(p)));
      return pieces.length;
    });
    expect(n).toBe(500);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir.path)).toEqual(['out.csv']);
  });

  it('leaves the old file untouched and no temporary behind when the producer fails', () => {
    const path = join(dir.path, 'out.csv');
    writeFileSync(path, 'previous export');
    expect(() =>
      writeFileAtomicStreaming(path, (write) => {
        write('half of a new ');
        throw new Error('the vault locked mid-export');
      }),
    ).toThrow('the vault locked mid-export');
    expect(readFileSync(path, 'utf8')).toBe('previous export');
    expect(readdirSync(dir.path)).toEqual(['out.csv']);
  });

  it('replaces a file whole', () => {
    const path = join(dir.path, 'key.json');
    writeFileAtomic(path, 'one');
    writeFileAtomic(path, Buffer.from('two'));
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(existsSync(`${path}.tmp-${process.pid}`)).toBe(false);
  });
});
