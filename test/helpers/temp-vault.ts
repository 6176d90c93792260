// Real encrypted vaults in throwaway folders. KDF settings are the OWASP minimum (still real
// Argon2id) so a suite that creates dozens of vaults stays quick; the app itself calibrates.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { OWASP_MINIMUM } from '../../src-main/db/kdf';

export const MIGRATIONS = resolve(__dirname, '..', '..', 'drizzle');
export const TEST_KDF = OWASP_MINIMUM;
export const PASSPHRASE = 'plover-mangrove-tundra-41';

export function tempDir(prefix = 'alliance-test-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export function newCore(vaultDir: string): AppCore {
  return createAppCore({ vaultDir, migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
}

// sha256 of every file in a folder, to prove an operation changed nothing on disk.
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return out;
}

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
