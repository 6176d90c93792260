// Quick unlock's policy and its life in a real vault, with a real in-memory keystore in place of the
// OS keychain: refused without a keyring, kept outside the vault folder, expired after N days (the
// passphrase typed again starts them over), deleted on a passphrase change, a recovery and turning off.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuickUnlockStatusShape } from '../../src-main/contract/vault';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { listAudit } from '../../src-main/core/audit/audit-log';
import {
  ASK_AGAIN,
  NO_KEYRING,
  QuickUnlock,
  recordState,
  type QuickUnlockRecord,
} from '../../src-main/core/vault/quick-unlock';
import { readKeyFile, vaultIdOf } from '../../src-main/db/key-file';
import { MemoryKeyStore } from '../helpers/memory-keystore';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const DAY = 86_400_000;
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let keystore: MemoryKeyStore;
let recoveryKey: string;
const vaultDir = () => join(dir.path, 'vault');
const storeDir = () => join(dir.path, 'quick-unlock');
const t = { trusted: true };
const call = async <T>(channel: string, input: unknown = {}) =>
  unwrap(await core.registry.invoke(channel as never, input as never, t)) as T;
const refusal = async (channel: string, input: unknown = {}) => {
  const r = await core.registry.invoke(channel as never, input as never, t);
  if (r.ok) throw new Error(`${channel} was not refused`);
  return r.error.message;
};
const storedRecord = (): QuickUnlockRecord => {
  const [name] = readdirSync(storeDir());
  return JSON.parse(readFileSync(join(storeDir(), name!), 'utf8')) as QuickUnlockRecord;
};
const audited = () => listAudit(core.vault.db(), { limit: 20 }).events.map((e) => [e.kind, JSON.parse(e.detail)]);

beforeEach(async () => {
  dir = tempDir();
  keystore = new MemoryKeyStore();
  core = createAppCore({
    vaultDir: vaultDir(),
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    quickUnlock: { keystore, dir: storeDir() },
  });
  recoveryKey = (await call<{ recoveryKey: string }>('vault.create', { passphrase: PASSPHRASE })).recoveryKey;
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
});

describe('the policy', () => {
  it('is usable for N days after the passphrase, for this vault and this passphrase only', async () => {
    // The slot is whatever the vault's own key file gives: taken from a real enable.
    await call('vault.quickUnlockOn', { passphrase: PASSPHRASE, days: 14 });
    const storedSlot = storedRecord().passphraseSlot;
    const kf = readKeyFile(join(vaultDir(), 'vault-keys.json'));
    const at = new Date('2026-12-01T09:00:00Z');
    const rec = (over: Partial<QuickUnlockRecord> = {}): QuickUnlockRecord => ({
      format: 'alliance-quick-unlock',
      version: 1,
      vaultId: vaultIdOf(kf),
      passphraseSlot: '',
      passphraseAt: at.toISOString(),
      days: 14,
      sealed: '',
      ...over,
    });
    const slot = (r: QuickUnlockRecord) => ({ ...r, passphraseSlot: storedSlot });
    expect(recordState(slot(rec()), kf, new Date(at.getTime() + 13 * DAY))).toBe('usable');
    expect(recordState(slot(rec()), kf, new Date(at.getTime() + 14 * DAY))).toBe('expired');
    expect(recordState(slot(rec({ days: 1 })), kf, new Date(at.getTime() + DAY - 1))).toBe('usable');
    expect(recordState(slot(rec()), kf, new Date(at.getTime() - DAY))).toBe('expired');
    expect(recordState(rec({ passphraseSlot: 'another' }), kf, at)).toBe('passphrase_changed');
    expect(recordState(slot(rec({ vaultId: 'another-vault' })), kf, at)).toBe('other_vault');
  });
});

describe('in a vault', () => {
  it('turns on with the passphrase typed again, seals the key outside the vault, and unlocks with it', async () => {
    expect(await call<QuickUnlockStatusShape>('vault.quickUnlockStatus')).toMatchObject({
      available: true,
      enabled: false,
      days: 14,
    });
    expect(await refusal('vault.quickUnlockOn', { passphrase: 'not-the-passphrase', days: 14 })).toBe(
      'That passphrase is not right.',
    );
    expect(existsSync(storeDir())).toBe(false);
    expect(await refusal('vault.quickUnlockOn', { passphrase: PASSPHRASE, days: 91 })).toMatch(/At most 90 days/);

    const on = await call<QuickUnlockStatusShape>('vault.quickUnlockOn', { passphrase: PASSPHRASE, days: 10 });
    expect(on.enabled).toBe(true);
    expect(Date.parse(on.expiresAt!) - Date.parse(storedRecord().passphraseAt)).toBe(10 * DAY);
    // Nothing in the vault folder; the stored file holds the key only as the keychain sealed it.
    expect(readdirSync(vaultDir()).some((n) => n.includes('quick'))).toBe(false);
    const key = core.vault.openVault().dataKey;
    const stored = readFileSync(join(storeDir(), readdirSync(storeDir())[0]!), 'utf8');
    expect(stored.includes(key.toString('base64'))).toBe(false);
    expect(stored.includes(key.toString('hex'))).toBe(false);

    core.vault.lock();
    expect((await call<{ state: string }>('vault.unlockWithKeychain')).state).toBe('unlocked');
    expect(audited()[0]).toEqual(['unlocked', { method: 'keychain' }]);
    expect(audited().some(([k, d]) => k === 'quick_unlock_on' && d.days === 10)).toBe(true);
  });

  it('asks for the passphrase again after N days, and the passphrase starts the days over', async () => {
    await call('vault.quickUnlockOn', { passphrase: PASSPHRASE, days: 14 });
    const q = new QuickUnlock(storeDir(), keystore);
    const sealedAt = Date.parse(storedRecord().passphraseAt);
    await expect(q.dataKey(vaultDir(), new Date(sealedAt + 13 * DAY))).resolves.toHaveLength(32);
    // Typing the passphrase re-seals: a new start, the same key.
    core.vault.lock();
    const before = keystore.sealed;
    await call('vault.unlock', { passphrase: PASSPHRASE });
    expect(keystore.sealed).toBe(before + 1);
    expect(Date.parse(storedRecord().passphraseAt)).toBeGreaterThanOrEqual(sealedAt);
    // Fourteen days on, it is refused, deleted, and the passphrase is asked for.
    const renewed = Date.parse(storedRecord().passphraseAt);
    await expect(q.dataKey(vaultDir(), new Date(renewed + 14 * DAY))).rejects.toThrow(ASK_AGAIN(14));
    expect(readdirSync(storeDir())).toEqual([]);
    core.vault.lock();
    expect(await refusal('vault.unlockWithKeychain')).toBe('Quick unlock is not turned on. Type your passphrase.');
  });

  it('is deleted when the passphrase changes, when the vault is recovered, and when turned off', async () => {
    await call('vault.quickUnlockOn', { passphrase: PASSPHRASE, days: 14 });
    await call('vault.changePassphrase', { current: PASSPHRASE, next: 'another-long-passphrase-9' });
    expect(readdirSync(storeDir())).toEqual([]);
    expect((await call<QuickUnlockStatusShape>('vault.quickUnlockStatus')).enabled).toBe(false);
    expect(audited().some(([k, d]) => k === 'quick_unlock_off' && d.reason === 'passphrase_changed')).toBe(true);

    await call('vault.quickUnlockOn', { passphrase: 'another-long-passphrase-9', days: 14 });
    expect((await call<QuickUnlockStatusShape>('vault.quickUnlockOff')).enabled).toBe(false);
    expect(readdirSync(storeDir())).toEqual([]);

    // A sealed key left from before a change made elsewhere (an older copy of the record) is refused.
    await call('vault.quickUnlockOn', { passphrase: 'another-long-passphrase-9', days: 14 });
    const [name] = readdirSync(storeDir());
    const rec = storedRecord();
    writeFileSync(join(storeDir(), name!), JSON.stringify({ ...rec, passphraseSlot: 'from-before' }));
    core.vault.lock();
    expect(await refusal('vault.unlockWithKeychain')).toBe(
      'The passphrase has changed since quick unlock was turned on. Type the passphrase.',
    );
    expect(readdirSync(storeDir())).toEqual([]);

    // A recovery sets a new passphrase: the sealed key goes too.
    await call('vault.unlock', { passphrase: 'another-long-passphrase-9' });
    await call('vault.quickUnlockOn', { passphrase: 'another-long-passphrase-9', days: 14 });
    core.vault.lock();
    await call('vault.recover', { recoveryKey, newPassphrase: 'a-third-long-passphrase-7' });
    expect(readdirSync(storeDir())).toEqual([]);
  });

  it('is refused, saying why, where there is no keyring', async () => {
    core.vault.lock();
    dir.cleanup();
    dir = tempDir();
    core = createAppCore({
      vaultDir: vaultDir(),
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      quickUnlock: { keystore: new MemoryKeyStore({ keyring: false }), dir: storeDir() },
    });
    await call('vault.create', { passphrase: PASSPHRASE });
    expect(await call<QuickUnlockStatusShape>('vault.quickUnlockStatus')).toMatchObject({
      available: false,
      reason: NO_KEYRING,
    });
    expect(await refusal('vault.quickUnlockOn', { passphrase: PASSPHRASE, days: 14 })).toBe(NO_KEYRING);
    expect(existsSync(storeDir())).toBe(false);
  });

  it('never keeps its key inside the vault folder', async () => {
    const inside = new QuickUnlock(join(vaultDir(), 'quick-unlock'), keystore);
    await expect(inside.enable(vaultDir(), Buffer.alloc(32, 1), 14)).rejects.toThrow(
      'Quick unlock cannot keep its key inside the vault folder.',
    );
  });
});
