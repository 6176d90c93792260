import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { backupVault, listBackups, restoreBackup } from '../../src-main/core/backups/backup';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import type { FilePort } from '../../src-main/core/shared/file-port';
import { unlockVault } from '../../src-main/db/vault';
import { vaultPaths } from '../../src-main/db/vault-files';
import { fingerprint, MIGRATIONS, newCore, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let vaultDir: string;
let backups: string;
let recoveryKey: string;
let nextFile: string | null = null;
const files: FilePort = {
  chooseSavePath: async () => null,
  chooseFolder: async () => backups,
  chooseFile: async () => nextFile,
};

beforeEach(async () => {
  dir = tempDir();
  vaultDir = join(dir.path, 'vault');
  backups = join(dir.path, 'backups');
  core = createAppCore({ vaultDir, migrationsFolder: MIGRATIONS, kdf: TEST_KDF, sleep: async () => undefined, files });
  recoveryKey = (
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t)) as {
      recoveryKey: string;
    }
  ).recoveryKey;
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
});

const entities = (v: { db: Parameters<typeof exportVault>[0] }) => exportVault(v.db).entities;

describe('backups', () => {
  it('writes an encrypted, verified backup that restores to the same records', async () => {
    const canary = `Canary${Date.now().toString(36)}Site`;
    unwrap(
      await core.registry.invoke(
        'supervisees.create',
        { fullName: 'Backup Person', discipline: 'other', supervisionStart: '2026-01-01', site: canary },
        t,
      ),
    );
    const info = backupVault(core.vault.openVault(), backups, { keep: 5 });
    expect(info.counts.supervisees).toBe(6);
    expect(readFileSync(info.file).includes(canary)).toBe(false);
    expect(listBackups(backups).map((b) => b.name)).toEqual([info.name]);

    const target = join(dir.path, 'restored');
    await restoreBackup(info.file, target, { passphrase: PASSPHRASE });
    const restored = await unlockVault(target, PASSPHRASE, { migrationsFolder: MIGRATIONS });
    expect(entities(restored)).toEqual(entities(core.vault.openVault()));
    restored.close();
  });

  it('restores with the recovery key, refuses a wrong secret, and never writes into a non-empty folder', async () => {
    const info = backupVault(core.vault.openVault(), backups, { keep: 5 });
    const target = join(dir.path, 'restored');
    await expect(restoreBackup(info.file, target, { passphrase: 'not the passphrase' })).rejects.toMatchObject({
      code: 'crypto',
      message: expect.stringMatching(/recovery key/),
    });
    expect(existsSync(target)).toBe(false);
    mkdirSync(target);
    writeFileSync(join(target, 'keep-me.txt'), 'mine');
    await expect(restoreBackup(info.file, target, { recoveryKey })).rejects.toMatchObject({ code: 'conflict' });
    expect(readdirSync(target)).toEqual(['keep-me.txt']);
    const fresh = join(dir.path, 'fresh');
    await restoreBackup(info.file, fresh, { recoveryKey });
    (await unlockVault(fresh, PASSPHRASE, { migrationsFolder: MIGRATIONS })).close();
  });

  it('refuses damaged, truncated and foreign files with a message naming the way out', async () => {
    const info = backupVault(core.vault.openVault(), backups, { keep: 5 });
    const bytes = readFileSync(info.file);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100]! ^= 0xff;
    const cases: [string, Buffer, RegExp][] = [
      ['flipped', flipped, /damaged.*another/],
      ['truncated', bytes.subarray(0, bytes.length - 4096), /damaged.*another/],
      ['foreign', Buffer.from('{"hello": "world"}'), /not an Alliance backup/],
    ];
    for (const [name, content, message] of cases) {
      const file = join(dir.path, `${name}.alliance-backup`);
      writeFileSync(file, content);
      const target = join(dir.path, `restore-${name}`);
      await expect(restoreBackup(file, target, { passphrase: PASSPHRASE })).rejects.toMatchObject({
        code: 'io',
        message: expect.stringMatching(message),
      });
      expect(existsSync(target)).toBe(false);
      expect(readFileSync(file).equals(content)).toBe(true);
    }
  });

  it('keeps only the newest N', () => {
    const v = core.vault.openVault();
    for (let i = 0; i < 4; i++) backupVault(v, backups, { keep: 2, now: new Date(Date.UTC(2026, 0, 1 + i)) });
    expect(listBackups(backups).map((b) => b.createdAt)).toEqual(['2026-01-04T00:00:00Z', '2026-01-03T00:00:00Z']);
  });
});

describe('backups in the app', () => {
  it('chooses a folder by dialog, backs up now, and on schedule only when due', async () => {
    expect(unwrap(await core.registry.invoke('backup.status', {}, t))).toMatchObject({ folder: null, backups: [] });
    expect(await core.registry.invoke('backup.now', {}, t)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Choose a backup folder first.' },
    });
    expect(unwrap(await core.registry.invoke('backup.chooseFolder', {}, t))).toMatchObject({
      folder: backups,
      intervalHours: 24,
      keep: 10,
    });
    expect(await core.registry.invoke('settings.update', { backupFolder: '/elsewhere' }, t)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    unwrap(await core.registry.invoke('backup.now', {}, t));
    const day = Date.parse(listBackups(backups)[0]!.createdAt);
    expect(core.backups.tick(new Date(day + 3_600_000))).toBeNull();
    expect(core.backups.tick(new Date(day + 25 * 3_600_000))).not.toBeNull();
    expect(listBackups(backups)).toHaveLength(2);
    core.vault.lock();
    expect(core.backups.tick(new Date(day + 60 * 3_600_000))).toBeNull();
  });

  it('replaces the open vault with a backup only after a typed confirmation, keeping the old one', async () => {
    await core.registry.invoke('backup.chooseFolder', {}, t);
    unwrap(await core.registry.invoke('backup.now', {}, t));
    unwrap(
      await core.registry.invoke(
        'supervisees.create',
        { fullName: 'After Backup', discipline: 'other', supervisionStart: '2026-01-01' },
        t,
      ),
    );
    nextFile = listBackups(backups)[0]!.file;
    const picked = unwrap(await core.registry.invoke('backup.pick', {}, t)) as {
      token: string;
      counts: Record<string, number>;
    };
    expect(picked.counts.supervisees).toBe(5);
    expect(
      await core.registry.invoke(
        'backup.restore',
        { token: picked.token, passphrase: PASSPHRASE, confirm: 'replace' },
        t,
      ),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await core.registry.invoke(
        'backup.restore',
        { token: picked.token, passphrase: 'wrong passphrase', confirm: 'REPLACE' },
        t,
      ),
    ).toMatchObject({ ok: false, error: { code: 'crypto' } });
    expect(unwrap(await core.registry.invoke('supervisees.list', {}, t))).toHaveLength(6);
    expect(
      unwrap(
        await core.registry.invoke(
          'backup.restore',
          { token: picked.token, passphrase: PASSPHRASE, confirm: 'REPLACE' },
          t,
        ),
      ),
    ).toMatchObject({ state: 'unlocked' });
    expect(unwrap(await core.registry.invoke('supervisees.list', {}, t))).toHaveLength(5);
    const kept = readdirSync(dir.path).filter((n) => n.startsWith('vault.before-restore-'));
    expect(kept).toHaveLength(1);
    const old = await unlockVault(join(dir.path, kept[0]!), PASSPHRASE, { migrationsFolder: MIGRATIONS });
    expect(entities(old).supervisees.map((s) => s.fullName)).toContain('After Backup');
    old.close();
    const audit = unwrap(await core.registry.invoke('audit.list', { limit: 5 }, t)) as { events: { kind: string }[] };
    expect(audit.events[0]!.kind).toBe('restored');
    expect(unwrap(await core.registry.invoke('audit.verify', {}, t))).toMatchObject({ ok: true });
  });
});

describe('opening a damaged vault', () => {
  it('refuses a truncated or damaged vault and leaves its files exactly as they were', async () => {
    core.vault.lock();
    const db = vaultPaths(vaultDir).database;
    const original = readFileSync(db);
    truncateSync(db, Math.floor(original.length / 2 / 4096) * 4096);
    let before = fingerprint(vaultDir);
    expect(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t)).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/backup/) },
    });
    expect(fingerprint(vaultDir)).toEqual(before);

    const damaged = Buffer.from(original);
    damaged.fill(0x5a, 0, 512);
    writeFileSync(db, damaged);
    before = fingerprint(vaultDir);
    expect(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/backup/) },
    });
    expect(fingerprint(vaultDir)).toEqual(before);
  });
});

describe('pruning that no clock or neighbour can fool', () => {
  it('a clock set in the past never prunes the backup just made', () => {
    const v = core.vault.openVault();
    backupVault(v, backups, { keep: 2, now: new Date(Date.UTC(2026, 5, 1)) });
    backupVault(v, backups, { keep: 2, now: new Date(Date.UTC(2026, 5, 2)) });
    // The clock jumps back four years: the new backup is still the newest, by its own number.
    const late = backupVault(v, backups, { keep: 2, now: new Date(Date.UTC(2022, 0, 1)) });
    expect(listBackups(backups).map((b) => [b.seq, b.createdAt])).toEqual([
      [3, '2022-01-01T00:00:00Z'],
      [2, '2026-06-02T00:00:00Z'],
    ]);
    expect(existsSync(late.file)).toBe(true);
  });

  it('a backup made while the clock said 2099 does not stop the schedule', async () => {
    unwrap(await core.registry.invoke('backup.chooseFolder', {}, t));
    core.backups.now(new Date(Date.UTC(2099, 0, 1)));
    expect(core.backups.tick(new Date(Date.UTC(2026, 11, 2)))).not.toBeNull();
  });

  it('counts only its own vault: another vault pruning to 1 leaves this vault’s backups alone', async () => {
    const v = core.vault.openVault();
    backupVault(v, backups, { keep: 5, now: new Date(Date.UTC(2026, 0, 1)) });
    backupVault(v, backups, { keep: 5, now: new Date(Date.UTC(2026, 0, 2)) });
    const otherDir = tempDir();
    try {
      const other = newCore(join(otherDir.path, 'vault'));
      unwrap(await other.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
      const ov = other.vault.openVault();
      backupVault(ov, backups, { keep: 1, now: new Date(Date.UTC(2026, 0, 3)) });
      backupVault(ov, backups, { keep: 1, now: new Date(Date.UTC(2026, 0, 4)) });
      other.vault.lock();
      const ids = [...new Set(listBackups(backups).map((b) => b.vaultId))];
      expect(ids).toHaveLength(2);
      // This vault kept both of its own; the other kept its newest one only.
      expect(ids.map((id) => listBackups(backups, id!).length).sort()).toEqual([1, 2]);
      expect(
        listBackups(
          backups,
          ids.find((id) => listBackups(backups, id!).length === 1)!,
        )[0]!.createdAt,
      ).toBe('2026-01-04T00:00:00Z');
    } finally {
      otherDir.cleanup();
    }
  });
});
