// A part of main that answers channels: its channel table (from the contract), the handlers that
// serve it, and one valid request per channel for the IPC fuzzer. Every feature is one; so is each
// service that keeps no records of its own (the vault, search, the timeline, backups…). The handler
// table and the fuzzer's requests are built by looping over modules.ts, which names them all.
import type { ChannelTable, ExampleIds, ExamplesFor, HandlersFor } from '../contract/channel-table';
import type { Db } from '../db/vault';
import type { BackupService } from './backups/backup-service';
import type { FilePort } from './shared/file-port';
import type { VaultSession } from './vault/vault-session';

// What a module's handlers may use. Most need only the open vault's database.
export interface ModuleDeps {
  db: () => Db;
  files: FilePort;
  vault: VaultSession;
  backups: BackupService;
}

export interface AppModule<C extends ChannelTable = ChannelTable> {
  // The name its channels, contract file, core folder and renderer folder share
  // (names-map.test.ts holds them to it, and the README's table says where they differ).
  name: string;
  channels: C;
  handlers: (deps: ModuleDeps) => HandlersFor<C>;
  examples: (ids: ExampleIds) => ExamplesFor<C>;
}

export const defineModule = <const C extends ChannelTable>(m: AppModule<C>) => m;
