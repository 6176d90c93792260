import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(actions: { lock: () => void }): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Vault',
      submenu: [
        { label: 'Lock vault', accelerator: 'CmdOrCtrl+L', click: actions.lock },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
