// Session- and window-level guards from Electron's security checklist.
import type { BrowserWindow, Session } from 'electron';
import { isAppUrl } from './app-origin';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

export function lockDownNavigation(win: BrowserWindow, devServerUrl?: string): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Alliance has no links to the web; a page that tries to open a window gets nothing.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
