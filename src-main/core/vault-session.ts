// The one open vault of a running app (or CLI command): none -> locked -> unlocked -> locked.
// Services ask it for the database and get a typed `locked` error when there is none.
import { AppError } from '../contract/errors';
import type { LockReason } from '../contract/channel-names';
import type { VaultStatus } from '../contract/schemas';
import { calibrateArgon2id } from '../db/kdf';
import {
  changePassphrase,
  createVault,
  recoverVault,
  unlockVault,
  vaultExists,
  type AppDb,
  type KdfSettings,
  type OpenVault,
} from '../db/vault';
import { importEntities } from './data-transfer';
import { generateSampleData } from './sample-data/generate';
import { UnlockThrottle } from './unlock-throttle';

export interface VaultSessionOptions {
  dir: string;
  migrationsFolder: string;
  // 'calibrate' measures this machine at vault creation; tests pass fixed (OWASP-minimum) settings.
  kdf: KdfSettings | 'calibrate';
  sleep?: (ms: number) => Promise<void>;
  onLocked?: (reason: LockReason) => void;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class VaultSession {
  private vault: OpenVault | null = null;
  private busy = false;
  private readonly throttle = new UnlockThrottle();

  constructor(private readonly opts: VaultSessionOptions) {}

  get dir(): string {
    return this.opts.dir;
  }

  status(): VaultStatus {
    const state = this.vault ? 'unlocked' : vaultExists(this.opts.dir) ? 'locked' : 'none';
    return { state, retryDelayMs: this.throttle.delayMs() };
  }

  db(): AppDb {
    if (!this.vault) throw new AppError('locked', 'The vault is locked.');
    return this.vault.db;
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

  async create(passphrase: string, sampleData: boolean): Promise<{ recoveryKey: string }> {
    return this.exclusive(async () => {
      if (this.vault) throw new AppError('conflict', 'A vault is already open.');
      const { vault, recoveryKey } = await createVault(this.opts.dir, passphrase, {
        migrationsFolder: this.opts.migrationsFolder,
        kdf: await this.kdfSettings(),
      });
      this.vault = vault;
      if (sampleData) importEntities(vault.db, generateSampleData());
      return { recoveryKey };
    });
  }

  // Wrong secrets are answered only after the growing delay, and change nothing on disk.
  private async guarded(attempt: () => Promise<OpenVault>): Promise<VaultStatus> {
    return this.exclusive(async () => {
      if (this.vault) return this.status();
      const wait = this.throttle.delayMs();
      if (wait > 0) await (this.opts.sleep ?? realSleep)(wait);
      try {
        this.vault = await attempt();
        this.throttle.recordSuccess();
      } catch (e) {
        if (e instanceof AppError && e.code === 'crypto') this.throttle.recordFailure();
        throw e;
      }
      return this.status();
    });
  }

  unlock(passphrase: string): Promise<VaultStatus> {
    return this.guarded(() => unlockVault(this.opts.dir, passphrase, { migrationsFolder: this.opts.migrationsFolder }));
  }

  recover(recoveryKey: string, newPassphrase: string): Promise<VaultStatus> {
    return this.guarded(async () =>
      recoverVault(this.opts.dir, recoveryKey, newPassphrase, { migrationsFolder: this.opts.migrationsFolder }),
    );
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.openVault();
    await this.exclusive(async () => {
      const wait = this.throttle.delayMs();
      if (wait > 0) await (this.opts.sleep ?? realSleep)(wait);
      try {
        await changePassphrase(this.opts.dir, current, next);
        this.throttle.recordSuccess();
      } catch (e) {
        if (e instanceof AppError && e.code === 'crypto') {
          this.throttle.recordFailure();
          throw new AppError('crypto', 'The current passphrase is not right.');
        }
        throw e;
      }
    });
  }

  lock(reason: LockReason = 'user'): VaultStatus {
    if (this.vault) {
      this.vault.close();
      this.vault = null;
      this.opts.onLocked?.(reason);
    }
    return this.status();
  }
}
