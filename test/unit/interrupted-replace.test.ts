// A crash between the two renames of "replace with backup": the next start finishes the replace
// (or, with no restored copy, puts the old vault back) instead of offering to create a new vault.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { backupVault, restoreBackup } from '../../src-main/core/backups/backup';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

async function vaultWith(vault: string, name: string) {
  const core = newCore(vault);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  unwrap(
    await core.registry.invoke(
      'supervisees.create',
      { fullName: name, discipline: 'psychology_trainee', supervisionStart: '2026-01-05' },
      t,
    ),
  );
  return core;
}

async function names(vault: string): Promise<string[]> {
  const core = newCore(vault);
  expect(unwrap(await core.registry.invoke('vault.status', {}, t))).toMatchObject({ state: 'locked' });
  unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
  const list = unwrap(await core.registry.invoke('supervisees.list', {}, t)) as Supervisee[];
  core.vault.lock();
  return list.map((s) => s.fullName);
}

describe('an interrupted replace-with-backup', () => {
  it('is finished on the next start when the restored copy is in place beside the path', async () => {
    const vault = join(dir.path, 'vault');
    const core = await vaultWith(vault, 'Wren Backedup');
    const backup = backupVault(core.vault.openVault(), join(dir.path, 'backups'), { keep: 3 });
    unwrap(
      await core.registry.invoke(
        'supervisees.create',
        { fullName: 'Yew Afterwards', discipline: 'psychology_trainee', supervisionStart: '2026-01-05' },
        t,
      ),
    );
    core.vault.lock();
    // The state a crash leaves between the two renames.
    const stamp = '20261202T101500';
    await restoreBackup(backup.file, `${vault}.restored-${stamp}`, { passphrase: PASSPHRASE });
    renameSync(vault, `${vault}.before-restore-${stamp}`);
    expect(existsSync(vault)).toBe(false);

    expect(await names(vault)).toEqual(['Wren Backedup']);
    expect(existsSync(`${vault}.before-restore-${stamp}`)).toBe(true);
    expect(existsSync(`${vault}.restored-${stamp}`)).toBe(false);
  });

  it('puts the old vault back when there is no restored copy of that moment', async () => {
    const vault = join(dir.path, 'vault');
    (await vaultWith(vault, 'Zinnia Original')).vault.lock();
    renameSync(vault, `${vault}.before-restore-20261202T101500`);
    expect(await names(vault)).toEqual(['Zinnia Original']);
  });

  it('is finished too when an empty folder was left at the vault’s path', async () => {
    const vault = join(dir.path, 'vault');
    const core = await vaultWith(vault, 'Wren Backedup');
    const backup = backupVault(core.vault.openVault(), join(dir.path, 'backups'), { keep: 3 });
    core.vault.lock();
    const stamp = '20261202T101500';
    await restoreBackup(backup.file, `${vault}.restored-${stamp}`, { passphrase: PASSPHRASE });
    renameSync(vault, `${vault}.before-restore-${stamp}`);
    mkdirSync(vault); // a sync tool or file manager put an empty folder back
    expect(await names(vault)).toEqual(['Wren Backedup']);
  });

  it('puts back the copy moved aside last, even when a wrong clock named an older one later', async () => {
    const vault = join(dir.path, 'vault');
    (await vaultWith(vault, 'Older Copy')).vault.lock();
    // An earlier replace, made while the clock was set years ahead, left this copy aside.
    renameSync(vault, `${vault}.before-restore-20301231T235959`);
    (await vaultWith(vault, 'Fresh Copy')).vault.lock();
    renameSync(vault, `${vault}.before-restore-20261202T101500`);
    expect(await names(vault)).toEqual(['Fresh Copy']);
    expect(existsSync(`${vault}.before-restore-20301231T235959`)).toBe(true);
  });
});
