// The one open vault of a running app (or CLI command): none -> locked -> unlocked -> locked.
// Services ask it for the database and get a typed `locked` error when there is none.
import { sweepPendingWrites } from '../shared/pending-writes';
import { AppError } from '../../contract/errors';
import type { LockReason } from '../../contract/vault';
import type { VaultStatus } from '../../contract/vault';
import { calibrateArgon2id } from '../../db/kdf';
import {
  changePassphrase,
  createVault,
  openVaultWithKey,
  recoverVault,
  unlockVault,
  vaultExists,
  type Db,
  type KdfSettings,
  type OpenVault,
} from '../../db/vault';
import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { writeSettings } from '../settings/settings';
import type { VaultRole } from '../../contract/exchange';
import { repairInterruptedReplace } from '../backups/interrupted-replace';
import { restoreAndRecord } from '../backups/workflows';
import { importEntities } from '../data-transfer/data-transfer';
import { generateSampleData } from '../sample-data/generate';
import { UnlockThrottle } from './unlock-throttle';
import { QUICK_UNLOCK_DEFAULT_DAYS, type QuickUnlock, type QuickUnlockStatus } from './quick-unlock';
import { readKeyFile, unwrapWithPassphrase } from '../../db/key-file';
import { vaultPaths } from '../../db/vault-files';
import { trackTouchedTables, type TouchLog } from '../../db/touched-tables';
import { FEATURE_ROW_SETS } from '../features';

export interface VaultSessionOptions {
  dir: string;
  migrationsFolder: string;
  // 'calibrate' measures this machine at vault creation; tests pass fixed (OWASP-minimum) settings.
  kdf: KdfSettings | 'calibrate';
  sleep?: (ms: number) => Promise<void>;
  onLocked?: (reason: LockReason) => void;
  // Quick unlock through the OS keychain (quick-unlock.ts); absent on the command line.
  quickUnlock?: QuickUnlock;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class VaultSession {
  private vault: OpenVault | null = null;
  private busy = false;
  private readonly throttle = new UnlockThrottle();
  // Failed attempts can't be written while locked (nothing may change on disk), so they are
  // counted here and recorded in the audit trail at the next successful unlock.
  private pendingFailures = { passphrase: 0, recovery: 0, change: 0, since: '' };

  constructor(private readonly opts: VaultSessionOptions) {}

  get dir(): string {
    return this.opts.dir;
  }

  status(): VaultStatus {
    // Never "no vault" while a replace interrupted by a crash sits beside the path.
    if (!this.vault && !vaultExists(this.opts.dir)) repairInterruptedReplace(this.opts.dir);
    const state = this.vault ? 'unlocked' : vaultExists(this.opts.dir) ? 'locked' : 'none';
    return { state, retryDelayMs: this.throttle.delayMs() };
  }

  db(): Db {
    if (!this.vault) throw new AppError('locked', 'The vault is locked.');
    return this.vault.db;
  }

  // The tables written since a point, while unlocked (db/touched-tables.ts); none while locked.
  touches(): TouchLog | null {
    return this.touchLog;
  }

  // Work that keeps a transaction open on the vault's one connection across turns of the event loop
  // (an import from Settings, read a piece at a time). Requests wait for it (`idle`), so none is
  // written inside its transaction; one such job runs at a time.
  async hold<T>(work: () => Promise<T>): Promise<T> {
    // Checked and taken with no await between: two callers never both find the vault free.
    while (this.job) await this.job.catch(() => undefined);
    const job = work();
    this.job = job;
    try {
      return await job;
    } finally {
      if (this.job === job) this.job = null;
    }
  }

  async idle(): Promise<void> {
    while (this.job) await this.job.catch(() => undefined);
  }

  private job: Promise<unknown> | null = null;

  private touchLog: TouchLog | null = null;
  private adopt(vault: OpenVault | null): void {
    this.vault = vault;
    this.touchLog = vault ? trackTouchedTables(vault.sqlite, FEATURE_ROW_SETS) : null;
  }

  openVault(): OpenVault {
    if (!this.vault) throw new AppError('locked', 'The vault is locked.');
    return this.vault;
  }

  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new AppError('conflict', 'Another vault operation is still running.');
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  private async kdfSettings(): Promise<KdfSettings> {
    return this.opts.kdf === 'calibrate' ? (await calibrateArgon2id()).params : this.opts.kdf;
  }

  async create(
    passphrase: string,
    sampleData: boolean,
    role: VaultRole = 'supervisor',
  ): Promise<{ recoveryKey: string }> {
    return this.exclusive(async () => {
      if (this.vault) throw new AppError('conflict', 'A vault is already open.');
      const { vault, recoveryKey } = await createVault(this.opts.dir, passphrase, {
        migrationsFolder: this.opts.migrationsFolder,
        kdf: await this.kdfSettings(),
      });
      this.adopt(vault);
      appendAudit(vault.db, 'vault_created', { cipher: 'aegis', sampleData });
      writeSettings(vault.db, { vaultRole: role });
      if (sampleData) importEntities(vault.db, generateSampleData());
      return { recoveryKey };
    });
  }

  // Wrong secrets are answered only after the growing delay, and change nothing on disk.
  private noteFailure(method: 'passphrase' | 'recovery' | 'change'): void {
    if (!this.pendingFailures.since) this.pendingFailures.since = new Date().toISOString();
    this.pendingFailures[method] += 1;
  }

  private flushFailures(db: Db): void {
    const f = this.pendingFailures;
    if (f.passphrase + f.recovery + f.change > 0) {
      appendAudit(db, 'unlock_failed', {
        passphraseAttempts: f.passphrase,
        recoveryKeyAttempts: f.recovery,
        changePassphraseAttempts: f.change,
        since: f.since,
      });
    }
    this.pendingFailures = { passphrase: 0, recovery: 0, change: 0, since: '' };
  }

  private recordUnlock(db: Db, method: 'passphrase' | 'recovery' | 'keychain'): void {
    // A killed export's plaintext temporary goes first (core/shared/pending-writes.ts).
    sweepPendingWrites(db);
    this.flushFailures(db);
    appendAudit(db, method === 'recovery' ? 'recovered' : 'unlocked', { method });
  }

  private async guarded(method: 'passphrase' | 'recovery', attempt: () => Promise<OpenVault>): Promise<VaultStatus> {
    return this.exclusive(async () => {
      if (this.vault) return this.status();
      const wait = this.throttle.delayMs();
      if (wait > 0) await (this.opts.sleep ?? realSleep)(wait);
      try {
        this.adopt(await attempt());
        this.throttle.recordSuccess();
      } catch (e) {
        if (e instanceof AppError && e.code === 'crypto') {
          this.throttle.recordFailure();
          this.noteFailure(method);
        }
        throw e;
      }
      this.recordUnlock(this.db(), method);
      return this.status();
    });
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    const status = await this.guarded('passphrase', () =>
      unlockVault(this.opts.dir, passphrase, { migrationsFolder: this.opts.migrationsFolder }),
    );
    // The passphrase was typed: quick unlock's days start again. It never stands in the unlock's way.
    if (this.vault) await this.opts.quickUnlock?.renew(this.opts.dir, this.vault.dataKey).catch(() => undefined);
    return status;
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<VaultStatus> {
    const status = await this.guarded('recovery', async () =>
      recoverVault(this.opts.dir, recoveryKey, newPassphrase, { migrationsFolder: this.opts.migrationsFolder }),
    );
    this.forgetQuickUnlock('passphrase_changed');
    return status;
  }

  // Quick unlock (quick-unlock.ts): its state, turning it on (the passphrase typed again) and off,
  // and unlocking with it.
  async quickUnlockStatus(): Promise<QuickUnlockStatus> {
    const q = this.opts.quickUnlock;
    if (!q)
      return {
        available: false,
        reason: 'Quick unlock is not available here.',
        enabled: false,
        expiresAt: null,
        days: QUICK_UNLOCK_DEFAULT_DAYS,
      };
    return q.status(this.opts.dir);
  }

  async enableQuickUnlock(passphrase: string, days = QUICK_UNLOCK_DEFAULT_DAYS): Promise<QuickUnlockStatus> {
    const open = this.openVault();
    const q = this.opts.quickUnlock;
    if (!q) throw new AppError('conflict', 'Quick unlock is not available here.');
    await this.exclusive(async () => {
      // A guess here waits and counts like one at the lock screen.
      const wait = this.throttle.delayMs();
      if (wait > 0) await (this.opts.sleep ?? realSleep)(wait);
      try {
        (await unwrapWithPassphrase(readKeyFile(vaultPaths(this.opts.dir).keyFile), passphrase)).fill(0);
        this.throttle.recordSuccess();
      } catch (e) {
        if (e instanceof AppError && e.code === 'crypto') {
          this.throttle.recordFailure();
          this.noteFailure('change');
          throw new AppError('crypto', 'That passphrase is not right.');
        }
        throw e;
      }
      await q.enable(this.opts.dir, open.dataKey, days);
      appendAudit(open.db, 'quick_unlock_on', { days });
    });
    return q.status(this.opts.dir);
  }

  async disableQuickUnlock(): Promise<QuickUnlockStatus> {
    this.forgetQuickUnlock('turned_off');
    return this.quickUnlockStatus();
  }

  private forgetQuickUnlock(reason: 'turned_off' | 'passphrase_changed'): void {
    const had = this.opts.quickUnlock?.forget(this.opts.dir) ?? false;
    // Recorded when the vault is open to record it; while locked nothing is written to the vault.
    if (had && this.vault) appendAudit(this.vault.db, 'quick_unlock_off', { reason });
  }

  unlockWithKeychain(): Promise<VaultStatus> {
    return this.exclusive(async () => {
      if (this.vault) return this.status();
      const q = this.opts.quickUnlock;
      if (!q) throw new AppError('conflict', 'Quick unlock is not available here.');
      const key = await q.dataKey(this.opts.dir);
      try {
        this.adopt(openVaultWithKey(this.opts.dir, key, { migrationsFolder: this.opts.migrationsFolder }));
      } catch (e) {
        // A key that does not open the database is of no further use; a vault held by another
        // window (conflict) keeps it for the next try.
        if (e instanceof AppError && e.code === 'io') q.forget(this.opts.dir);
        throw e;
      } finally {
        key.fill(0);
      }
      this.recordUnlock(this.db(), 'keychain');
      return this.status();
    });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const held = this.openVault();
    await this.exclusive(async () => {
      const wait = this.throttle.delayMs();
      if (wait > 0) await (this.opts.sleep ?? realSleep)(wait);
      try {
        await changePassphrase(this.opts.dir, current, next, { held });
        this.throttle.recordSuccess();
        this.flushFailures(this.db());
        appendAudit(this.db(), 'passphrase_changed', {});
        this.forgetQuickUnlock('passphrase_changed');
      } catch (e) {
        if (e instanceof AppError && e.code === 'crypto') {
          this.throttle.recordFailure();
          this.noteFailure('change');
          throw new AppError('crypto', 'The current passphrase is not right.');
        }
        throw e;
      }
    });
  }

  // Replaces the open vault with a backup. The backup is restored and checked in a new folder
  // first; only then is the current vault moved aside (kept, never deleted) and the restored one
  // put in its place and unlocked with the backup's passphrase.
  async replaceWithBackup(
    file: string,
    passphrase: string,
    now = new Date(),
  ): Promise<{ status: VaultStatus; keptAs: string }> {
    const current = this.openVault();
    return this.exclusive(async () => {
      const dir = this.opts.dir;
      const stamp = now.toISOString().replace(/[-:.]/g, '').slice(0, 15);
      const staged = `${dir}.restored-${stamp}`;
      const aside = `${dir}.before-restore-${stamp}`;
      const restored = await restoreAndRecord(
        file,
        staged,
        { passphrase },
        {
          migrationsFolder: this.opts.migrationsFolder,
          detail: { previousVaultKeptAs: basename(aside) },
          place: (restoredDir) => {
            appendAudit(current.db, 'locked', { reason: 'restore' });
            current.close();
            this.adopt(null);
            renameSync(dir, aside);
            try {
              renameSync(restoredDir, dir);
            } catch (e) {
              renameSync(aside, dir);
              throw e;
            }
            return dir;
          },
        },
      );
      this.adopt(restored.vault);
      return { status: this.status(), keptAs: aside };
    });
  }

  // A vault that cannot be opened (damaged, its database missing) is never deleted. Restoring over it
  // works as replacing does: the backup is restored and checked in a new folder first, then the
  // unopenable folder is moved aside under the same name a replace uses (so an interrupted one is
  // finished at the next start, core/backups/interrupted-replace.ts) and the restored one put in
  // its place, unlocked with the backup's passphrase.
  async restoreOverUnopenable(
    file: string,
    passphrase: string,
    now = new Date(),
  ): Promise<{ status: VaultStatus; keptAs: string | null }> {
    if (this.vault) throw new AppError('conflict', 'The vault is open: replace it from Settings, Backups, instead.');
    return this.exclusive(async () => {
      const dir = this.opts.dir;
      const stamp = now.toISOString().replace(/[-:.]/g, '').slice(0, 15);
      const aside = `${dir}.before-restore-${stamp}`;
      const had = existsSync(dir);
      const restored = await restoreAndRecord(
        file,
        `${dir}.restored-${stamp}`,
        { passphrase },
        {
          migrationsFolder: this.opts.migrationsFolder,
          detail: { previousVaultKeptAs: had ? basename(aside) : null },
          place: (restoredDir) => {
            if (had) renameSync(dir, aside);
            try {
              renameSync(restoredDir, dir);
            } catch (e) {
              if (had) renameSync(aside, dir);
              throw e;
            }
            return dir;
          },
        },
      );
      this.adopt(restored.vault);
      this.throttle.recordSuccess();
      return { status: this.status(), keptAs: had ? aside : null };
    });
  }

  // "Start again" beside a vault that cannot be opened: its folder is renamed aside, whole, and the
  // app offers to create a new vault. Nothing is deleted.
  setAsideUnopenable(now = new Date()): { status: VaultStatus; keptAs: string | null } {
    if (this.vault) throw new AppError('conflict', 'The vault is open; there is nothing to set aside.');
    const dir = this.opts.dir;
    if (!existsSync(dir)) return { status: this.status(), keptAs: null };
    const aside = `${dir}.set-aside-${now.toISOString().replace(/[-:.]/g, '').slice(0, 15)}`;
    renameSync(dir, aside);
    return { status: this.status(), keptAs: aside };
  }

  lock(reason: LockReason = 'user'): VaultStatus {
    if (this.vault) {
      try {
        this.flushFailures(this.vault.db);
        appendAudit(this.vault.db, 'locked', { reason });
      } catch {
        // Locking must never fail: closing the vault matters more than logging it.
      }
      this.vault.close();
      this.adopt(null);
      this.opts.onLocked?.(reason);
    }
    return this.status();
  }
}
