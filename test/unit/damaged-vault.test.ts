// A key file promises a database: an empty alliance.db beside it is a lost vault, never a new one.
// A zeroed or truncated database is damage, not a wrong passphrase; a vault that cannot be created
// (full or read-only disk, a file in the path) says why and leaves nothing that looks like a vault.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { createAppCore } from '../../src-main/core/app/app-core';
import { backupVault } from '../../src-main/core/backups/backup';
import { fingerprint, MIGRATIONS, newCore, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';
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

  it.each([
    ['zeroed', (db: string) => writeFileSync(db, Buffer.alloc(statSync(db).size))],
    ['cut short', (db: string) => truncateSync(db, 4096)],
  ])('a %s database is reported as damaged, never as a wrong passphrase, and costs no attempt', async (_, harm) => {
    const vault = join(dir.path, 'vault');
    const core = newCore(vault);
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, { trusted: true }));
    unwrap(
      await core.registry.invoke(
        'supervisees.create',
        { fullName: 'Orrin Vale', discipline: 'other', supervisionStart: '2026-01-05' },
        { trusted: true },
      ),
    );
    core.vault.lock();
    harm(join(vault, 'alliance.db'));

    const waits: number[] = [];
    const again = createAppCore({
      vaultDir: vault,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      sleep: async (ms) => void waits.push(ms),
    });
    for (let i = 0; i < 3; i++) {
      const r = await again.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, { trusted: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/damaged.*backup/s) } });
      if (!r.ok) expect(r.error.message).not.toMatch(/passphrase is not right|wrong passphrase/i);
    }
    expect(waits).toEqual([]); // no growing delay: these were not wrong guesses
    const verify = runCli(['verify', '--vault', vault]);
    expect(verify.status).toBe(EXIT.io);
  });

  it('init where part of the path is a file says so in words and creates nothing', () => {
    writeFileSync(join(dir.path, 'a-file'), 'x');
    const r = runCli(['init', '--vault', join(dir.path, 'a-file', 'vault')], { ALLIANCE_NEW_PASSPHRASE: PASSPHRASE });
    expect(r.status).toBe(EXIT.io);
    expect(r.stderr).toMatch(/could not be created there \(ENOTDIR: part of that path is a file/);
    expect(r.stderr).not.toMatch(/Something went wrong/);
  });

  // Needs a small disk of its own: mounting a tmpfs needs root (CI's containers run as root).
  const canMount = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    try {
      execFileSync('mount', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!canMount)(
    'init on a full disk and on a read-only disk says which, and leaves no database without a key file',
    () => {
      const full = join(dir.path, 'full');
      const readonly = join(dir.path, 'readonly');
      mkdirSync(full);
      mkdirSync(readonly);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', readonly]);
      try {
        const env = { ALLIANCE_NEW_PASSPHRASE: PASSPHRASE };
        const onFull = runCli(['init', '--vault', join(full, 'vault')], env);
        expect(onFull.status).toBe(EXIT.io);
        expect(onFull.stderr).toMatch(/ENOSPC: the disk is full/);
        expect(readdirSync(join(full, 'vault'))).toEqual([]);
        const onReadOnly = runCli(['init', '--vault', join(readonly, 'vault')], env);
        expect(onReadOnly.status).toBe(EXIT.io);
        expect(onReadOnly.stderr).toMatch(/EROFS: that disk is read-only/);
      } finally {
        execFileSync('umount', [full]);
        execFileSync('umount', [readonly]);
        rmdirSync(full);
        rmdirSync(readonly);
      }
    },
    120_000,
  );

  it('a vault that cannot be opened is restored from a backup on the unlock screen, the damaged one kept', async () => {
    const vault = join(dir.path, 'vault');
    const first = newCore(vault);
    const t = { trusted: true };
    unwrap(await first.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    unwrap(
      await first.registry.invoke(
        'supervisees.create',
        { fullName: 'Orrin Vale', discipline: 'other', supervisionStart: '2026-01-05' },
        t,
      ),
    );
    const backup = backupVault(first.vault.openVault(), join(dir.path, 'backups'), { keep: 3 });
    first.vault.lock();
    const db = join(vault, 'alliance.db');
    writeFileSync(db, Buffer.alloc(statSync(db).size));
    const damaged = fingerprint(vault);

    const core = createAppCore({
      vaultDir: vault,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      files: { chooseSavePath: async () => null, chooseFolder: async () => null, chooseFile: async () => backup.file },
    });
    expect(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t)).toMatchObject({
      ok: false,
      error: { code: 'io' },
    });
    const picked = unwrap(await core.registry.invoke('backup.pickWhenLocked', {}, t)) as {
      token: string;
      createdAt: string;
    };
    expect(picked.createdAt).toBe(backup.createdAt);
    // A wrong passphrase for the backup changes nothing on disk.
    const wrong = await core.registry.invoke(
      'backup.restoreWhenLocked',
      { token: picked.token, passphrase: 'not-the-passphrase-at-all' },
      t,
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'crypto' } });
    expect(fingerprint(vault)).toEqual(damaged);

    const done = unwrap(
      await core.registry.invoke('backup.restoreWhenLocked', { token: picked.token, passphrase: PASSPHRASE }, t),
    ) as {
      status: { state: string };
      keptAs: string;
    };
    expect(done.status.state).toBe('unlocked');
    const people = unwrap(await core.registry.invoke('supervisees.list', {}, t)) as { fullName: string }[];
    expect(people.map((p) => p.fullName)).toEqual(['Orrin Vale']);
    // The damaged files are kept, byte for byte, beside the restored vault.
    expect(fingerprint(done.keptAs)).toEqual(damaged);
    core.vault.lock();
  });

  it('a vault whose database is missing can be set aside, whole, and a new one made in its place', async () => {
    const vault = join(dir.path, 'vault');
    const first = newCore(vault);
    const t = { trusted: true };
    unwrap(await first.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    first.vault.lock();
    rmSync(join(vault, 'alliance.db'));
    const left = fingerprint(vault);
    const core = newCore(vault);
    expect(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t)).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/missing.*backup/s) },
    });
    expect(await core.registry.invoke('vault.setAside', { confirm: 'set aside' }, t)).toMatchObject({ ok: false });
    const aside = unwrap(await core.registry.invoke('vault.setAside', { confirm: 'SET ASIDE' }, t)) as {
      status: { state: string };
      keptAs: string;
    };
    expect(aside.status.state).toBe('none');
    expect(fingerprint(aside.keptAs)).toEqual(left);
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    expect(unwrap(await core.registry.invoke('vault.status', {}, t))).toMatchObject({ state: 'unlocked' });
    core.vault.lock();
  });
});
