// Backups as the app offers them: a folder chosen in the native dialog, "back up now", a schedule
// that keeps the last N, and restore over the open vault with a typed confirmation.
import type { PickedBackup } from '../../contract/backups';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/errors';
import type { BackupStatus } from '../../contract/backups';
import { readKeyFile, vaultIdOf } from '../../db/key-file';
import { vaultPaths } from '../../db/vault-files';
import { refuseVaultTarget } from '../../db/vault-guard';
import { inspectBackup, listBackups, type BackupInfo } from './backup';
import { backUp } from './workflows';
import type { FilePort } from '../shared/file-port';
import { readSettings, writeSettings } from '../settings/settings';
import type { VaultSession } from '../vault/vault-session';

export class BackupService {
  private lastError: string | null = null;
  private readonly picked = new Map<string, string>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly vault: VaultSession,
    private readonly files: FilePort,
  ) {}

  private vaultId(): string {
    return vaultIdOf(readKeyFile(vaultPaths(this.vault.dir).keyFile));
  }

  status(): BackupStatus {
    const s = readSettings(this.vault.db());
    const backups = s.backupFolder
      ? listBackups(s.backupFolder, this.vaultId()).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes }))
      : [];
    return {
      folder: s.backupFolder,
      intervalHours: s.backupIntervalHours,
      keep: s.backupKeep,
      backups,
      lastError: this.lastError,
    };
  }

  async chooseFolder(): Promise<BackupStatus> {
    this.vault.db();
    const folder = await this.files.chooseFolder('Choose a folder for Alliance backups');
    if (folder) {
      refuseVaultTarget(folder, 'folder');
      writeSettings(this.vault.db(), { backupFolder: folder });
    }
    return this.status();
  }

  now(now = new Date()): BackupInfo {
    const settings = readSettings(this.vault.db());
    if (!settings.backupFolder) throw new AppError('validation', 'Choose a backup folder first.');
    try {
      const info = backUp(this.vault.openVault(), settings.backupFolder, settings.backupKeep, 'app', now);
      this.lastError = null;
      return info;
    } catch (e) {
      this.lastError = e instanceof AppError ? e.message : 'The last backup failed.';
      throw e;
    }
  }

  // One scheduled check: back up when unlocked, a folder is set and the newest backup is too old.
  tick(now = new Date()): BackupInfo | null {
    if (this.vault.status().state !== 'unlocked') return null;
    const s = readSettings(this.vault.db());
    if (!s.backupFolder) return null;
    const newest = listBackups(s.backupFolder, this.vaultId())[0];
    // A "last backup" in the future (made while the clock was wrong) is due, not a reason to wait.
    const age = newest ? now.getTime() - Date.parse(newest.createdAt) : Infinity;
    if (age >= 0 && age < s.backupIntervalHours * 3_600_000) return null;
    try {
      return this.now(now);
    } catch {
      return null; // lastError says why; the next tick tries again
    }
  }

  start(everyMs = 60_000): void {
    this.stop();
    this.timer = setInterval(() => this.tick(), everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  // Settings' restore asks only while the vault is open.
  async pick(): Promise<PickedBackup> {
    this.vault.db();
    return this.pickWhenLocked();
  }

  // The same choice on the unlock screen, when the vault cannot be opened: no vault is needed to read a
  // backup's header.
  async pickWhenLocked(): Promise<PickedBackup> {
    const file = await this.files.chooseFile('Choose an Alliance backup to restore', ['alliance-backup']);
    if (!file) return { token: null, name: '', createdAt: '', counts: {} };
    const header = inspectBackup(file);
    const token = randomUUID();
    this.picked.set(token, file);
    return { token, name: file.split(/[\\/]/).pop() ?? file, createdAt: header.createdAt, counts: header.counts };
  }

  async restoreWhenLocked(token: string, passphrase: string) {
    const file = this.picked.get(token);
    if (!file) throw new AppError('not_found', 'Choose the backup again: that choice has expired.');
    const { status, keptAs } = await this.vault.restoreOverUnopenable(file, passphrase);
    this.picked.delete(token);
    return { status, keptAs };
  }

  async restore(token: string, passphrase: string) {
    const file = this.picked.get(token);
    if (!file) throw new AppError('not_found', 'Choose the backup again: that choice has expired.');
    const { status } = await this.vault.replaceWithBackup(file, passphrase);
    this.picked.delete(token);
    return status;
  }
}
