// Back up and restore with their audit entries, one function each for the app and the CLI.
import { unlockVault, type OpenVault } from '../../db/vault';
import { appendAudit, type AuditDetail } from '../audit/audit-log';
import { viaDetail, type Via } from '../shared/via';
import { backupVault, restoreBackup, type BackupInfo, type RestoreSecret } from './backup';

export function backUp(vault: OpenVault, folder: string, keep: number, via: Via = 'app', now = new Date()): BackupInfo {
  const info = backupVault(vault, folder, { keep, now });
  appendAudit(vault.db, 'backed_up', { bytes: info.bytes, kept: keep, ...viaDetail(via) });
  return info;
}

export interface RestoreOptions {
  migrationsFolder: string;
  via?: Via;
  // Moves the restored folder into its final place and returns that place (the app swaps it with
  // the open vault's folder); without it the vault stays where it was restored.
  place?: (restoredDir: string) => string;
  detail?: AuditDetail;
}

// Restores into an empty folder, then (when a passphrase opens it) records the restore inside the
// restored vault and returns it open. With a recovery key it is left closed: a new passphrase is
// set on first unlock.
export async function restoreAndRecord(
  file: string,
  targetDir: string,
  secret: RestoreSecret,
  opts: RestoreOptions,
): Promise<{ counts: Record<string, number>; createdAt: string; dir: string; vault: OpenVault | null }> {
  const { counts, createdAt } = await restoreBackup(file, targetDir, secret);
  const dir = opts.place ? opts.place(targetDir) : targetDir;
  if (secret.passphrase === undefined) return { counts, createdAt, dir, vault: null };
  const vault = await unlockVault(dir, secret.passphrase, { migrationsFolder: opts.migrationsFolder });
  appendAudit(vault.db, 'restored', { backupCreatedAt: createdAt, ...opts.detail, ...viaDetail(opts.via ?? 'app') });
  return { counts, createdAt, dir, vault };
}
