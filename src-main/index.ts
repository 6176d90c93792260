// Electron bootstrap only: single-instance lock, protocol, window, menu, IPC wiring, lifecycle.
// Everything else lives in core/ and runs without Electron.
import { app, BrowserWindow, ipcMain, Menu, powerMonitor } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_VAULT_LOCKED, type LockReason } from './contract/vault';
import { createAppCore } from './core/app/app-core';
import { useNativeBinding } from './db/open-database';
import { bindRegistryToIpcMain, senderCheckFor } from './ipc/electron-adapter';
import { isAppUrl } from './window/app-origin';
import { registerAppSchemeAsPrivileged, serveRenderer } from './window/app-protocol';
import { createMainWindow } from './window/create-window';
import { electronFiles } from './window/file-dialogs';
import { electronKeyStore } from './window/os-keystore';
import { buildMenu } from './window/menu';

// Take the lock before anything opens the vault: a second copy just focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppSchemeAsPrivileged();
  app.enableSandbox();
  start();
}

function start(): void {
  let win: BrowserWindow | null = null;
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const vaultDir = process.env.ALLIANCE_VAULT_DIR ?? join(app.getPath('userData'), 'vault');
  const migrationsFolder = app.isPackaged ? join(process.resourcesPath, 'drizzle') : join(app.getAppPath(), 'drizzle');
  // Unpackaged runs use the Electron build of better-sqlite3 made by build/scripts/native-for.mjs;
  // packaged apps get theirs from electron-builder's rebuild.
  if (!app.isPackaged) {
    const electronBuild = join(
      app.getAppPath(),
      'node_modules',
      '.cache',
      'alliance-electron',
      process.versions.electron ?? '',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    if (existsSync(electronBuild)) useNativeBinding(electronBuild);
  }

  const core = createAppCore({
    vaultDir,
    migrationsFolder,
    kdf: 'calibrate',
    onLocked: (reason: LockReason) => win?.webContents.send(EVENT_VAULT_LOCKED, reason),
    log: (channel, kind) => console.error(`[ipc] ${channel} failed: ${kind}`),
    files: electronFiles(() => win),
    // Beside the vault folder, never in it: no copy or backup of the vault carries the sealed key.
    quickUnlock: { keystore: electronKeyStore, dir: join(app.getPath('userData'), 'quick-unlock') },
  });

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    serveRenderer(join(__dirname, '../renderer'));
    bindRegistryToIpcMain(
      ipcMain,
      core.registry,
      senderCheckFor(
        () => win?.webContents.id ?? null,
        (url) => isAppUrl(url, devServerUrl),
      ),
    );
    Menu.setApplicationMenu(buildMenu({ lock: () => core.vault.lock('user') }));
    core.backups.start();
    powerMonitor.on('suspend', () => core.vault.lock('suspend'));
    powerMonitor.on('lock-screen', () => core.vault.lock('lock-screen'));
    win = createMainWindow(join(__dirname, '../preload/index.js'), devServerUrl);
    win.on('closed', () => {
      win = null;
    });
  });

  app.on('window-all-closed', () => {
    core.vault.lock('user');
    app.quit();
  });
  app.on('before-quit', () => core.vault.lock('user'));
}
