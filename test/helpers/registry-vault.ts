// A real vault in a throwaway folder, driven through the IPC registry as the renderer drives it,
// with typed helpers: the setup the feature tests (notes, drafts, search, reflections) share.
import { join } from 'node:path';
import type { ChannelInput, ChannelName } from '../../src-main/contract';
import type { AppCore } from '../../src-main/core/app/app-core';
import { newCore, PASSPHRASE, tempDir, unwrap } from './temp-vault';

export interface RegistryVault {
  core: AppCore;
  // The raw result, for refusals.
  invoke(channel: ChannelName, input: unknown): ReturnType<AppCore['registry']['invoke']>;
  // The value, or the test fails.
  call<T>(channel: ChannelName, input: unknown): Promise<T>;
  person(fullName: string): Promise<string>;
  close(): void;
}

export async function openRegistryVault(): Promise<RegistryVault> {
  const dir = tempDir();
  const core = newCore(join(dir.path, 'vault'));
  const t = { trusted: true };
  const invoke = (ch: ChannelName, input: unknown) => core.registry.invoke(ch, input as ChannelInput<typeof ch>, t);
  const call = async <T>(ch: ChannelName, input: unknown) => unwrap(await invoke(ch, input)) as T;
  unwrap(await invoke('vault.create', { passphrase: PASSPHRASE }));
  return {
    core,
    invoke,
    call,
    person: async (fullName) =>
      (
        await call<{ id: string }>('supervisees.create', {
          fullName,
          discipline: 'other',
          supervisionStart: '2025-01-01',
        })
      ).id,
    close() {
      core.vault.lock();
      dir.cleanup();
    },
  };
}
