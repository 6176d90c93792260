// Every channel's handler in one table, gathered from the modules (core/modules.ts). The type check
// below makes a channel that no module serves a compile error, naming the channel.
import type { ChannelName, Handlers } from '../../contract';
import type { BackupService } from '../backups/backup-service';
import type { AppModule, ModuleDeps } from '../module';
import { MODULES } from '../modules';
import type { FilePort } from '../shared/file-port';
import type { VaultSession } from '../vault/vault-session';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Served = UnionToIntersection<ReturnType<(typeof MODULES)[number]['handlers']>>;
type Unserved = Exclude<ChannelName, keyof Served>;
const everyChannelServed: [Unserved] extends [never] ? true : Unserved = true;
void everyChannelServed;

// Each module's handlers, in one table.
export const handlersOf = (modules: readonly AppModule[], deps: ModuleDeps): Record<string, unknown> =>
  Object.assign({}, ...modules.map((m) => m.handlers(deps)));

export function createHandlers(vault: VaultSession, files: FilePort, backups: BackupService): Handlers {
  return handlersOf(MODULES, { db: () => vault.db(), files, vault, backups }) as Handlers;
}
