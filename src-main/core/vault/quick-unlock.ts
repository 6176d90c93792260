// Quick unlock (opt-in): after the passphrase, the vault's data key is sealed by the operating
// system's keychain and kept in a small file outside the vault folder, so no copy or backup of the
// vault carries it. It is refused where the keychain would not protect it (Linux with no keyring),
// expires N days after the passphrase was last typed (default 14), and is deleted when the
// passphrase changes (or the vault is recovered) and when it is turned off. docs/security.md says
// what it protects against and what it does not.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../contract/errors';
import { writeFileAtomic } from '../../db/atomic-write';
import { readKeyFile, vaultIdOf, type KeyFile } from '../../db/key-file';
import { vaultPaths } from '../../db/vault-files';
import type { KeyStore } from './keystore';

export const QUICK_UNLOCK_DEFAULT_DAYS = 14;
export const QUICK_UNLOCK_MAX_DAYS = 90;
const DAY_MS = 86_400_000;

const recordSchema = z.strictObject({
  format: z.literal('alliance-quick-unlock'),
  version: z.literal(1),
  vaultId: z.string().max(64),
  // Which passphrase the key was sealed after: a change re-wraps the key file with a new salt.
  passphraseSlot: z.string().max(128),
  passphraseAt: z.string().max(40),
  days: z.number().int().min(1).max(QUICK_UNLOCK_MAX_DAYS),
  sealed: z.string().max(4096),
});
export type QuickUnlockRecord = z.infer<typeof recordSchema>;

export type RecordState = 'usable' | 'expired' | 'passphrase_changed' | 'other_vault';

const slotOf = (kf: KeyFile) => createHash('sha256').update(kf.passphrase.kdf.salt).digest('hex').slice(0, 32);

// The policy, apart from files and keychains.
export function recordState(rec: QuickUnlockRecord, kf: KeyFile, now: Date): RecordState {
  if (rec.vaultId !== vaultIdOf(kf)) return 'other_vault';
  if (rec.passphraseSlot !== slotOf(kf)) return 'passphrase_changed';
  const at = Date.parse(rec.passphraseAt);
  if (!Number.isFinite(at) || now.getTime() - at >= rec.days * DAY_MS || at > now.getTime()) return 'expired';
  return 'usable';
}

export const expiresAt = (rec: QuickUnlockRecord) =>
  new Date(Date.parse(rec.passphraseAt) + rec.days * DAY_MS).toISOString();

export const NO_KEYRING =
  'Quick unlock needs a keyring (such as GNOME Keyring or KWallet), and none is running. Without one the ' +
  'key would be kept in plain text, so Alliance does not offer it.';
const UNAVAILABLE = "This computer's keychain cannot be used, so quick unlock is not available.";
export const ASK_AGAIN = (days: number) =>
  `Type your passphrase: quick unlock asks for it again every ${days} ${days === 1 ? 'day' : 'days'}.`;
const CHANGED = 'The passphrase has changed since quick unlock was turned on. Type the passphrase.';

export interface QuickUnlockStatus {
  available: boolean;
  reason: string | null;
  enabled: boolean;
  expiresAt: string | null;
  days: number;
}

export class QuickUnlock {
  constructor(
    private readonly storeDir: string,
    private readonly keystore: KeyStore,
  ) {}

  private fileFor(vaultDir: string): { path: string; kf: KeyFile } {
    const kf = readKeyFile(vaultPaths(vaultDir).keyFile);
    const inside = relative(resolve(vaultDir), resolve(this.storeDir));
    // Never beside the vault: a copy or backup of the folder must not carry the sealed key.
    if (!inside.startsWith('..') && !isAbsolute(inside))
      throw new AppError('conflict', 'Quick unlock cannot keep its key inside the vault folder.');
    return { path: join(this.storeDir, `${vaultIdOf(kf)}.json`), kf };
  }

  private read(path: string): QuickUnlockRecord | null {
    if (!existsSync(path)) return null;
    try {
      return recordSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      rmSync(path, { force: true });
      return null;
    }
  }

  async status(vaultDir: string, now = new Date()): Promise<QuickUnlockStatus> {
    const check = await this.keystore.check();
    const reason = check.ok ? null : check.reason === 'no_keyring' ? NO_KEYRING : UNAVAILABLE;
    if (!existsSync(vaultPaths(vaultDir).keyFile))
      return { available: check.ok, reason, enabled: false, expiresAt: null, days: QUICK_UNLOCK_DEFAULT_DAYS };
    const { path, kf } = this.fileFor(vaultDir);
    const rec = this.read(path);
    const usable = rec !== null && check.ok && recordState(rec, kf, now) === 'usable';
    return {
      available: check.ok,
      reason,
      enabled: usable,
      expiresAt: usable ? expiresAt(rec) : null,
      days: rec?.days ?? QUICK_UNLOCK_DEFAULT_DAYS,
    };
  }

  // Seals the open vault's data key; the passphrase has just been typed (and checked).
  async enable(vaultDir: string, dataKey: Buffer, days: number, now = new Date()): Promise<void> {
    const check = await this.keystore.check();
    if (!check.ok) throw new AppError('conflict', check.reason === 'no_keyring' ? NO_KEYRING : UNAVAILABLE);
    const { path, kf } = this.fileFor(vaultDir);
    const sealed = await this.keystore.seal(dataKey.toString('base64'));
    const rec: QuickUnlockRecord = {
      format: 'alliance-quick-unlock',
      version: 1,
      vaultId: vaultIdOf(kf),
      passphraseSlot: slotOf(kf),
      passphraseAt: now.toISOString(),
      days,
      sealed: sealed.toString('base64'),
    };
    mkdirSync(this.storeDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(path, `${JSON.stringify(rec)}\n`);
  }

  // After the passphrase unlocks the vault: the N days start again (only when it is on).
  async renew(vaultDir: string, dataKey: Buffer, now = new Date()): Promise<void> {
    const { path, kf } = this.fileFor(vaultDir);
    const rec = this.read(path);
    if (!rec) return;
    if (recordState(rec, kf, now) === 'passphrase_changed' || recordState(rec, kf, now) === 'other_vault') {
      rmSync(path, { force: true });
      return;
    }
    await this.enable(vaultDir, dataKey, rec.days, now);
  }

  // Turning it off, a passphrase change and a recovery: the sealed key is deleted.
  forget(vaultDir: string): boolean {
    if (!existsSync(vaultPaths(vaultDir).keyFile)) return false;
    const { path } = this.fileFor(vaultDir);
    const had = existsSync(path);
    rmSync(path, { force: true });
    return had;
  }

  // The data key, or a refusal that says to type the passphrase (an expired or stale record is deleted).
  async dataKey(vaultDir: string, now = new Date()): Promise<Buffer> {
    const { path, kf } = this.fileFor(vaultDir);
    const rec = this.read(path);
    if (!rec) throw new AppError('conflict', 'Quick unlock is not turned on. Type your passphrase.');
    const state = recordState(rec, kf, now);
    if (state !== 'usable') {
      rmSync(path, { force: true });
      throw new AppError('conflict', state === 'expired' ? ASK_AGAIN(rec.days) : CHANGED);
    }
    const check = await this.keystore.check();
    if (!check.ok) throw new AppError('conflict', check.reason === 'no_keyring' ? NO_KEYRING : UNAVAILABLE);
    let text: string;
    try {
      text = await this.keystore.open(Buffer.from(rec.sealed, 'base64'));
    } catch {
      rmSync(path, { force: true });
      throw new AppError('conflict', "The keychain could not open Alliance's key. Type your passphrase.");
    }
    const key = Buffer.from(text, 'base64');
    if (key.length !== 32) {
      rmSync(path, { force: true });
      throw new AppError('conflict', "The keychain could not open Alliance's key. Type your passphrase.");
    }
    return key;
  }
}
