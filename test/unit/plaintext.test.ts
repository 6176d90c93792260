// Canary strings typed through the registry must never reach the disk unencrypted.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

// Test tooling's own artifacts (vitest caches the test source) live in the project folder.
const PROJECT = resolve(__dirname, '..', '..');

function filesUnder(dir: string, since: number, out: string[] = []): string[] {
  if (dir === PROJECT) return out;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) filesUnder(p, since, out);
    else if (st.isFile() && st.mtimeMs >= since && st.size < 64 * 1024 * 1024) out.push(p);
  }
  return out;
}

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('plaintext leaks', () => {
  it('keeps canaries out of the vault file, its WAL and SHM, and the temp folder', async () => {
    const started = Date.now() - 1000;
    // Made at run time so the literal never sits in a source or cache file that the scan reads.
    const tag = randomBytes(8).toString('hex');
    const canaries = ['NAME', 'SITE', 'PROGRAM'].map((k) => `CANARY-${tag}-${k}`);
    const core = newCore(join(dir.path, 'vault'));
    const t = { trusted: true };
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    for (let i = 0; i < 200; i++) {
      unwrap(await core.registry.invoke('supervisees.create', { fullName: `${canaries[0]} ${i}`, site: canaries[1], program: canaries[2], discipline: 'other', supervisionStart: '2026-01-01' }, t));
    }
    // Scan while open (WAL still holds the writes) and again after close (checkpointed).
    const scan = () => {
      const files = [...filesUnder(dir.path, 0), ...filesUnder(tmpdir(), started).filter((f) => !f.startsWith(dir.path))];
      const hits = files.filter((f) => {
        let bytes: Buffer;
        try {
          bytes = readFileSync(f);
        } catch {
          return false; // removed by a parallel test between listing and reading
        }
        return canaries.some((c) => bytes.includes(c) || bytes.includes(Buffer.from(c, 'utf16le')));
      });
      return { files, hits };
    };
    const open = scan();
    expect(open.files.some((f) => f.endsWith('alliance.db-wal'))).toBe(true);
    expect(open.hits).toEqual([]);
    core.vault.lock();
    const closed = scan();
    expect(closed.files.some((f) => f.endsWith('alliance.db'))).toBe(true);
    expect(closed.hits).toEqual([]);
  });
});
