// Whose vault it is, asked when it is created: kept with the vault's settings (so it survives a lock),
// changeable in Settings, and taken by a new exchange identity on the screens.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src-main/contract/settings';
import { existsSync } from 'node:fs';
import { EXIT } from '../../src-main/cli/exit-codes';
import { runCli } from '../helpers/cli';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('whose vault it is', () => {
  it('is a supervisor’s unless creation says otherwise, and is kept across a lock', async () => {
    const mine = newCore(join(dir.path, 'supervisor'));
    unwrap(await mine.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    expect((unwrap(await mine.registry.invoke('settings.get', {}, t)) as Settings).vaultRole).toBe('supervisor');
    mine.vault.lock();

    const theirs = newCore(join(dir.path, 'supervisee'));
    unwrap(await theirs.registry.invoke('vault.create', { passphrase: PASSPHRASE, role: 'supervisee' }, t));
    unwrap(await theirs.registry.invoke('vault.lock', {}, t));
    unwrap(await theirs.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    expect((unwrap(await theirs.registry.invoke('settings.get', {}, t)) as Settings).vaultRole).toBe('supervisee');

    // Settings can change it; a role that is not one is refused and changes nothing.
    const changed = unwrap(await theirs.registry.invoke('settings.update', { vaultRole: 'supervisor' }, t)) as Settings;
    expect(changed.vaultRole).toBe('supervisor');
    const refused = await theirs.registry.invoke('settings.update', { vaultRole: 'trainee' }, t);
    expect(refused.ok).toBe(false);
    expect((unwrap(await theirs.registry.invoke('settings.get', {}, t)) as Settings).vaultRole).toBe('supervisor');
    theirs.vault.lock();
  });

  it('is chosen with init --role on the command line; a wrong role is refused before anything is made', async () => {
    const bad = runCli(['init', '--role', 'trainee', '--vault', join(dir.path, 'bad')], {
      ALLIANCE_NEW_PASSPHRASE: PASSPHRASE,
    });
    expect(bad.status).toBe(EXIT.usage);
    expect(bad.stderr).toContain('--role is supervisor or supervisee.');
    expect(existsSync(join(dir.path, 'bad'))).toBe(false);
    const made = runCli(['init', '--role', 'supervisee', '--vault', join(dir.path, 'cli')], {
      ALLIANCE_NEW_PASSPHRASE: PASSPHRASE,
    });
    expect(made.status, made.stderr).toBe(EXIT.ok);
    expect(made.stdout).toContain('a supervisee’s own');
    const core = newCore(join(dir.path, 'cli'));
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    expect((unwrap(await core.registry.invoke('settings.get', {}, t)) as Settings).vaultRole).toBe('supervisee');
    core.vault.lock();
  }, 120_000);
});
