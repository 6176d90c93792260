// Binds the registry to Electron's ipcMain. It takes structural types instead of importing
// electron, so the wiring test can hand it a recorder and Node can type-check it.
import type { Registry } from './registry';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<unknown>): void;
}
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

export type SenderCheck = (event: IpcEventLike) => boolean;

export function bindRegistryToIpcMain(ipcMain: IpcMainLike, registry: Registry, isTrustedSender: SenderCheck): void {
  for (const channel of registry.channels) {
    ipcMain.handle(channel, (event, payload) => registry.invoke(channel, payload, { trusted: isTrustedSender(event) }));
  }
}

// Only the main window, showing a page from our own app origin, may call in.
export function senderCheckFor(
  getWindowContentsId: () => number | null,
  isOwnUrl: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url;
    return Boolean(url) && event.sender.id === getWindowContentsId() && isOwnUrl(url!);
  };
}
