import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src-main/contract';
import { channels } from '../../src-main/contract';
import { NO_FILES } from '../../src-main/core/shared/file-port';
import { createHandlers } from '../../src-main/core/app/handlers';
import { RegistryBuilder } from '../../src-main/ipc/registry';
import { bindRegistryToIpcMain, senderCheckFor, type IpcEventLike } from '../../src-main/ipc/electron-adapter';
import { isAppUrl } from '../../src-main/window/app-origin';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const trusted = { trusted: true };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('contract', () => {
  it('defines exactly the channels the preload knows', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });
});

describe('registry', () => {
  it('refuses a channel registered twice, and unknown channel names', () => {
    const core = newCore(dir.path);
    const handlers = createHandlers(core.vault, NO_FILES, core.backups);
    const b = new RegistryBuilder().register('vault.status', handlers['vault.status']);
    expect(() => b.register('vault.status', handlers['vault.status'])).toThrow(/twice/);
    expect(() => b.register('nope.nothing' as never, (() => null) as never)).toThrow(/Unknown channel/);
  });

  it('refuses to build with a channel left without a handler', () => {
    const core = newCore(dir.path);
    const b = new RegistryBuilder().register(
      'vault.status',
      createHandlers(core.vault, NO_FILES, core.backups)['vault.status'],
    );
    expect(() => b.build()).toThrow(/without a handler/);
  });

  it('answers every failure as a typed error value', async () => {
    const { registry } = newCore(dir.path);
    expect(await registry.invoke('vault.status', {}, { trusted: false })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await registry.invoke('fs.readFile', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await registry.invoke('vault.create', { passphrase: 'short' }, trusted)).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        issues: [expect.objectContaining({ path: ['passphrase'], message: expect.stringMatching(/.*12 characters/) })],
      },
    });
    expect(await registry.invoke('vault.status', { extra: 1 }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await registry.invoke('supervisees.list', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await registry.invoke('vault.status', undefined, trusted)).toEqual({
      ok: true,
      value: { state: 'none', retryDelayMs: 0 },
    });
  });

  it('hides internal failures behind a generic message and logs only their kind', async () => {
    const core = newCore(dir.path);
    const logged: string[] = [];
    const handlers = {
      ...createHandlers(core.vault, NO_FILES, core.backups),
      'vault.status': () => {
        throw new TypeError('client Jane Doe said something private');
      },
    };
    const registry = new RegistryBuilder().registerAll(handlers).build((ch, kind) => logged.push(`${ch}:${kind}`));
    const r = await registry.invoke('vault.status', {}, trusted);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toMatch(/Jane|private/);
    expect(logged).toEqual(['vault.status:TypeError']);
  });

  it('is bound to ipcMain for every channel, and checks the sender on each call', async () => {
    const { registry } = newCore(dir.path);
    const bound = new Map<string, (e: IpcEventLike, p: unknown) => Promise<unknown>>();
    bindRegistryToIpcMain(
      { handle: (ch, fn) => bound.set(ch, fn) },
      registry,
      senderCheckFor(
        () => 7,
        (u) => isAppUrl(u),
      ),
    );
    expect([...bound.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const call = bound.get('vault.status')!;
    const good = { sender: { id: 7 }, senderFrame: { url: 'app://alliance/index.html' } };
    expect(await call(good, {})).toMatchObject({ ok: true });
    for (const bad of [
      { sender: { id: 8 }, senderFrame: { url: 'app://alliance/index.html' } },
      { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } },
      { sender: { id: 7 }, senderFrame: null },
      { sender: { id: 7 }, senderFrame: { url: 'app://alliance.evil/index.html' } },
      { sender: { id: 7 }, senderFrame: { url: 'file:///etc/passwd' } },
    ]) {
      expect(await call(bad, {})).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });
});

describe('vault session through the registry', () => {
  it('creates, locks, refuses a wrong passphrase, and unlocks again', async () => {
    const { registry } = newCore(dir.path);
    const created = unwrap(await registry.invoke('vault.create', { passphrase: PASSPHRASE }, trusted)) as {
      recoveryKey: string;
    };
    expect(created.recoveryKey).toHaveLength(39);
    expect(unwrap(await registry.invoke('vault.lock', {}, trusted))).toMatchObject({ state: 'locked' });
    expect(await registry.invoke('vault.unlock', { passphrase: 'wrong passphrase!' }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'crypto' },
    });
    expect(unwrap(await registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, trusted))).toMatchObject({
      state: 'unlocked',
    });
  });

  it('makes each attempt after three failures wait longer, and resets after success', async () => {
    const waits: number[] = [];
    const { VaultSession } = await import('../../src-main/core/vault/vault-session');
    const { MIGRATIONS, TEST_KDF } = await import('../helpers/temp-vault');
    const session = new VaultSession({
      dir: dir.path,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      sleep: async (ms) => void waits.push(ms),
    });
    await session.create(PASSPHRASE, false);
    session.lock();
    for (let i = 0; i < 6; i++) await session.unlock('wrong passphrase!').catch(() => undefined);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(session.status().retryDelayMs).toBe(8000);
    await session.unlock(PASSPHRASE);
    expect(session.status()).toEqual({ state: 'unlocked', retryDelayMs: 0 });
  });

  it('drops the data key when the vault locks', async () => {
    const core = newCore(dir.path);
    await core.vault.create(PASSPHRASE, false);
    const key = core.vault.openVault().dataKey;
    expect(key.some((b) => b !== 0)).toBe(true);
    core.vault.lock('suspend');
    expect(key.every((b) => b === 0)).toBe(true);
    expect(() => core.vault.openVault()).toThrow(/locked/);
  });

  it('tells the listener why the vault locked', async () => {
    const reasons: string[] = [];
    const { createAppCore } = await import('../../src-main/core/app/app-core');
    const { MIGRATIONS, TEST_KDF } = await import('../helpers/temp-vault');
    const core = createAppCore({
      vaultDir: dir.path,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      onLocked: (r) => reasons.push(r),
    });
    await core.vault.create(PASSPHRASE, true);
    core.vault.lock('idle');
    core.vault.lock('idle');
    expect(reasons).toEqual(['idle']);
    expect(await core.registry.invoke('supervisees.list', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });
});
