// Everything the main process runs, minus Electron: a vault session and the registry over it.
// The Electron entry, the CLI and the Playwright bridge all start from here.
import type { KeyStore } from '../vault/keystore';
import { QuickUnlock } from '../vault/quick-unlock';
import type { LockReason } from '../../contract/vault';
import type { KdfSettings } from '../../db/vault';
import { RegistryBuilder, type InternalErrorLog, type Registry } from '../../ipc/registry';
import { BackupService } from '../backups/backup-service';
import { NO_FILES, type FilePort } from '../shared/file-port';
import { cleanStaleFiles } from '../shared/stale-files';
import { createHandlers } from './handlers';
import { VaultSession } from '../vault/vault-session';

export interface AppCore {
  vault: VaultSession;
  backups: BackupService;
  registry: Registry;
}

export function createAppCore(opts: {
  vaultDir: string;
  migrationsFolder: string;
  kdf: KdfSettings | 'calibrate';
  onLocked?: (reason: LockReason) => void;
  log?: InternalErrorLog;
  sleep?: (ms: number) => Promise<void>;
  files?: FilePort;
  // Quick unlock: the OS keychain and a folder outside the vault for its sealed key.
  quickUnlock?: { keystore: KeyStore; dir: string };
}): AppCore {
  // What a killed earlier run left behind goes first (core/shared/stale-files.ts).
  cleanStaleFiles({ vaultDir: opts.vaultDir });
  const vault = new VaultSession({
    dir: opts.vaultDir,
    migrationsFolder: opts.migrationsFolder,
    kdf: opts.kdf,
    onLocked: opts.onLocked,
    sleep: opts.sleep,
    quickUnlock: opts.quickUnlock ? new QuickUnlock(opts.quickUnlock.dir, opts.quickUnlock.keystore) : undefined,
  });
  const files = opts.files ?? NO_FILES;
  const backups = new BackupService(vault, files);
  const registry = new RegistryBuilder().registerAll(createHandlers(vault, files, backups)).build(
    opts.log,
    () => vault.touches(),
    () => vault.idle(),
  );
  return { vault, backups, registry };
}
