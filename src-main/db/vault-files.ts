// A vault is a folder: the encrypted database (plus its WAL while open) and the key file.
import { join } from 'node:path';

export interface VaultPaths {
  dir: string;
  database: string;
  keyFile: string;
}

export function vaultPaths(dir: string): VaultPaths {
  return { dir, database: join(dir, 'alliance.db'), keyFile: join(dir, 'vault-keys.json') };
}
