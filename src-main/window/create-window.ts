import { BrowserWindow } from 'electron';
import { APP_URL } from './app-origin';
import { denyAllPermissions, lockDownNavigation } from './guards';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string, devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  denyAllPermissions(win.webContents.session);
  lockDownNavigation(win, devServerUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? APP_URL);
  return win;
}
