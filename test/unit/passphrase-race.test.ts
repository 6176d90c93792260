// Changing the passphrase takes the vault's lock first and replaces the key file only if nobody
// else changed it meanwhile: a vault open elsewhere, or two changes at once, never leave a key
// file that no one's passphrase opens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { changePassphrase, createVault, unlockVault } from '../../src-main/db/vault';
import { MIGRATIONS, PASSPHRASE, tempDir, TEST_KDF } from '../helpers/temp-vault';
import { runCli } from '../helpers/cli';

let dir: ReturnType<typeof tempDir>;
let vault: string;
beforeEach(async () => {
  dir = tempDir();
  vault = join(dir.path, 'vault');
  (await createVault(vault, PASSPHRASE, { migrationsFolder: MIGRATIONS, kdf: TEST_KDF })).vault.close();
});
afterEach(() => dir.cleanup());

const opens = async (passphrase: string) => {
  try {
    (await unlockVault(vault, passphrase, { migrationsFolder: MIGRATIONS })).close();
    return true;
  } catch {
    return false;
  }
};

describe('changing the passphrase', () => {
  it('is refused while another process holds the vault, and the old passphrase still works', async () => {
    const held = await unlockVault(vault, PASSPHRASE, { migrationsFolder: MIGRATIONS });
    const keyFile = readFileSync(join(vault, 'vault-keys.json'), 'utf8');
    try {
      const r = runCli(['change-passphrase', '--vault', vault], { ALLIANCE_NEW_PASSPHRASE: 'a-new-and-longer-one-26' });
      expect(r.status).toBe(EXIT.conflict);
      expect(r.stderr).toMatch(/open in another Alliance window or process/);
      expect(readFileSync(join(vault, 'vault-keys.json'), 'utf8')).toBe(keyFile);
    } finally {
      held.close();
    }
    expect(await opens(PASSPHRASE)).toBe(true);
    expect(await opens('a-new-and-longer-one-26')).toBe(false);
  });

  it('two changes at once: one succeeds, the other is refused, and the one that succeeded opens it', async () => {
    const results = await Promise.allSettled([
      changePassphrase(vault, PASSPHRASE, 'first-new-passphrase-1', { kdf: TEST_KDF }),
      changePassphrase(vault, PASSPHRASE, 'second-new-passphrase-2', { kdf: TEST_KDF }),
    ]);
    const ok = results.map((r) => r.status === 'fulfilled');
    expect(ok.filter(Boolean)).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict' });
    const winner = ok[0] ? 'first-new-passphrase-1' : 'second-new-passphrase-2';
    const loser = ok[0] ? 'second-new-passphrase-2' : 'first-new-passphrase-1';
    expect(await opens(winner)).toBe(true);
    expect(await opens(loser)).toBe(false);
    expect(await opens(PASSPHRASE)).toBe(false);
  });
});
