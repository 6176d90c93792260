// A key file promises a database: an empty alliance.db beside it is a lost vault, never a new one.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { fingerprint, newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';
import { runCli } from '../helpers/cli';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('a damaged vault', () => {
  it('an empty database beside a valid key file is refused as damaged, by the app and by verify', async () => {
    const vault = join(dir.path, 'vault');
    const core = newCore(vault);
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, { trusted: true }));
    core.vault.lock();
    writeFileSync(join(vault, 'alliance.db'), '');
    const before = fingerprint(vault);

    const again = newCore(vault);
    expect(unwrap(await again.registry.invoke('vault.status', {}, { trusted: true }))).toMatchObject({
      state: 'locked',
    });
    const r = await again.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, { trusted: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/empty.*backup/s) } });
    // Nothing was created in it: it is still empty, with no schema written into it.
    expect(statSync(join(vault, 'alliance.db')).size).toBe(0);
    expect(fingerprint(vault)).toEqual(before);

    const verify = runCli(['verify', '--vault', vault]);
    expect(verify.status).toBe(EXIT.io);
    expect(verify.stderr).toMatch(/empty although its key file is there/);
    expect(verify.stdout).not.toMatch(/sound/);
  });
});
