// Builds window.api from the channel list: one typed function per channel, nothing else. Takes the
// transport as a parameter so the same code serves Electron (ipcRenderer) and the test bridge.
import { CHANNEL_NAMES } from '../contract';
import { LOCK_REASONS, type LockReason } from '../contract/vault';
import type { AllianceApi } from '../contract';

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  onVaultLocked(listener: (reason: unknown) => void): () => void;
}

// The lists are parameters (with the contract's as defaults) so the Playwright bridge can inject
// this very function into a page, where it cannot import anything.
export function buildApi(
  transport: Transport,
  channelNames: readonly string[] = CHANNEL_NAMES,
  lockReasons: readonly string[] = LOCK_REASONS,
): AllianceApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channelNames) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (input: unknown) => transport.invoke(channel, input);
  }
  api.events = {
    onVaultLocked: (listener: (reason: LockReason) => void) =>
      transport.onVaultLocked((reason) => {
        if (lockReasons.includes(reason as string)) listener(reason as LockReason);
      }),
  };
  return api as unknown as AllianceApi;
}
