// FilePort for Electron: native open/save dialogs attached to the main window.
import { dialog, type BrowserWindow } from 'electron';
import type { FilePort } from '../core/shared/file-port';

export function electronFiles(getWindow: () => BrowserWindow | null): FilePort {
  return {
    async chooseSavePath(suggestedName) {
      const win = getWindow();
      // Exports leave the vault's encryption behind: the dialog says so where the user decides.
      const opts = {
        defaultPath: suggestedName,
        title: 'Save an unencrypted copy',
        message: 'This file will not be encrypted. Keep it somewhere only you can reach.',
      };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseFolder(title) {
      const win = getWindow();
      const opts = {
        title,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseFile(title, extensions) {
      const win = getWindow();
      const opts = {
        title,
        properties: ['openFile'] as 'openFile'[],
        filters: [{ name: 'Alliance backup', extensions }],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
