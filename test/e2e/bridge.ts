// The Playwright bridge: window.api in a plain Chromium page, built by the same buildApi as the
// preload, forwarding each call through exposeBinding to the real registry and core running in
// this Node process on a real encrypted vault. Only the Electron transport is swapped.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { CHANNEL_NAMES } from '../../src-main/contract';
import { LOCK_REASONS, type LockReason } from '../../src-main/contract/vault';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { buildApi } from '../../src-main/preload/build-api';
import { isAppUrl } from '../../src-main/window/app-origin';
import { MemoryKeyStore } from '../helpers/memory-keystore';
import { MIGRATIONS, TEST_KDF } from '../helpers/temp-vault';

export interface Bridge {
  core: AppCore;
  vaultDir: string;
  // Where the stand-in for the native dialogs points: the backup folder, a file to open, exports.
  backupsDir: string;
  exportsDir: string;
  nextFileToOpen: string | null;
  // The folder the next folder dialog answers with (the backup folder when not set).
  nextFolderToOpen: string | null;
  // Every request the page made, by channel name only (payloads may hold clinical text), in order,
  // and how long the core (registry and handler) took for each: the rest of a round trip is the
  // bridge and the page.
  calls: string[];
  coreMs: number[];
  // Simulates what the Electron main process does on suspend or lock-screen.
  lockFromMain(reason: LockReason): Promise<void>;
  dispose(): void;
}

// `existingVault` opens a vault made elsewhere (the benchmark's career-scale copy) instead of a new one.
export async function installBridge(
  page: Page,
  baseURL: string,
  opts: { existingVault?: string } = {},
): Promise<Bridge> {
  const root = mkdtempSync(join(tmpdir(), 'alliance-e2e-'));
  const vaultDir = opts.existingVault ?? join(root, 'vault');
  const backupsDir = join(root, 'backups');
  const exportsDir = join(root, 'exports');
  mkdirSync(exportsDir);
  // The bridge's answers to the native dialogs (the Electron FilePort shows real ones).
  const state = { nextFileToOpen: null as string | null, nextFolderToOpen: null as string | null };
  const core = createAppCore({
    vaultDir,
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    files: {
      chooseSavePath: async (name) => join(exportsDir, name),
      chooseFolder: async () => state.nextFolderToOpen ?? backupsDir,
      chooseFile: async () => state.nextFileToOpen,
    },
    quickUnlock: { keystore: new MemoryKeyStore(), dir: join(root, 'quick-unlock') },
    onLocked: (reason) => {
      void page
        .evaluate(
          (r) => (window as unknown as { __allianceLocked?: (r: string) => void }).__allianceLocked?.(r),
          reason,
        )
        .catch(() => undefined);
    },
  });
  // The test server's origin stands in for app://alliance; anything else is refused like in Electron.
  const calls: string[] = [];
  const coreMs: number[] = [];
  await page.exposeBinding('__allianceInvoke', async ({ frame }, channel: string, payload: unknown) => {
    const i = calls.push(channel) - 1;
    const t0 = performance.now();
    const result = await core.registry.invoke(channel, payload, {
      trusted: frame === page.mainFrame() && isAppUrl(frame.url(), baseURL),
    });
    coreMs[i] = performance.now() - t0;
    // As text: Electron's IPC copies a reply with V8's native serializer; Playwright's own encoding
    // of an object walks it value by value in the page, tens of milliseconds for a year's totals.
    return JSON.stringify(result);
  });
  await page.addInitScript({
    content: `(() => {
      const buildApi = ${buildApi.toString()};
      const listeners = new Set();
      window.__allianceLocked = (reason) => listeners.forEach((l) => l(reason));
      const api = buildApi({
        invoke: (channel, payload) => window.__allianceInvoke(channel, payload).then((text) => JSON.parse(text)),
        onVaultLocked: (l) => { listeners.add(l); return () => listeners.delete(l); },
      }, ${JSON.stringify(CHANNEL_NAMES)}, ${JSON.stringify(LOCK_REASONS)});
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
    })();`,
  });
  return {
    core,
    calls,
    coreMs,
    vaultDir,
    backupsDir,
    exportsDir,
    get nextFileToOpen() {
      return state.nextFileToOpen;
    },
    set nextFileToOpen(v) {
      state.nextFileToOpen = v;
    },
    get nextFolderToOpen() {
      return state.nextFolderToOpen;
    },
    set nextFolderToOpen(v) {
      state.nextFolderToOpen = v;
    },
    lockFromMain: async (reason) => {
      core.vault.lock(reason);
    },
    dispose: () => {
      core.vault.lock('user');
      rmSync(root, { recursive: true, force: true });
    },
  };
}
