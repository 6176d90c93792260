// The whole contract between renderer and main, gathered from the features' own files. A new
// feature adds its `<feature>Channels` here and nowhere else: the registry, the preload, the
// test bridge and window.api's type are all built from this one table.
import type { z } from 'zod';
import type { ChannelDef, HandlersFor } from './channel-table';
import type { Result } from './errors';
import { auditChannels } from './audit';
import { backupChannels } from './backups';
import { archiveChannels } from './archive';
import { dataTransferChannels } from './data-transfer';
import { draftChannels } from './drafts';
import { hoursChannels } from './hours';
import { historyChannels } from './history';
import { noteChannels } from './notes';
import { reflectionChannels } from './reflections';
import { agreementChannels } from './agreements';
import { allianceChannels } from './alliance';
import { frameworkChannels } from './frameworks';
import { growthChannels } from './growth';
import { ruleChannels } from './rules';
import { searchChannels } from './search';
import { timelineChannels } from './timeline';
import { weekChannels } from './week';
import { sessionChannels } from './sessions';
import { settingsChannels } from './settings';
import { periodChannels } from './signing';
import { superviseeChannels } from './supervisees';
import { supervisorChannels } from './supervisor';
import { retentionChannels } from './retention';
import { exchangeChannels } from './exchange';
import { vaultChannels, type LockReason } from './vault';

export const channels = {
  ...vaultChannels,
  ...superviseeChannels,
  ...supervisorChannels,
  ...retentionChannels,
  ...sessionChannels,
  ...hoursChannels,
  ...historyChannels,
  ...periodChannels,
  ...noteChannels,
  ...draftChannels,
  ...searchChannels,
  ...reflectionChannels,
  ...agreementChannels,
  ...frameworkChannels,
  ...growthChannels,
  ...allianceChannels,
  ...timelineChannels,
  ...weekChannels,
  ...ruleChannels,
  ...settingsChannels,
  ...backupChannels,
  ...auditChannels,
  ...archiveChannels,
  ...exchangeChannels,
  ...dataTransferChannels,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels & string;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
// What each channel says it reads (channel-table.ts), by channel name.
export const CHANNEL_READS: Partial<Record<ChannelName, readonly string[]>> = Object.fromEntries(
  CHANNEL_NAMES.flatMap((n) => {
    const reads = (channels[n] as ChannelDef).reads;
    return reads ? [[n, reads]] : [];
  }),
);
export { EVENT_VAULT_LOCKED, LOCK_REASONS, type LockReason } from './vault';

export type ChannelInput<N extends ChannelName> = z.input<Channels[N]['input']>;
export type ChannelParsedInput<N extends ChannelName> = z.output<Channels[N]['input']>;
export type ChannelOutput<N extends ChannelName> = z.output<Channels[N]['output']>;
export type Handlers = HandlersFor<Channels>;
export type Handler<N extends ChannelName> = Handlers[N];

type Namespace<N> = N extends `${infer NS}.${string}` ? NS : never;
type Method<N, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

// The shape of window.api: api.supervisees.list(input) -> Promise<Result<Supervisee[]>>.
export type AllianceApi = {
  [NS in Namespace<ChannelName>]: {
    [N in ChannelName as Method<N, NS>]: (input: ChannelInput<N>) => Promise<Result<ChannelOutput<N>>>;
  };
} & {
  events: { onVaultLocked(listener: (reason: LockReason) => void): () => void };
};
