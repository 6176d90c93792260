// Sandboxed preload, bundled to one CommonJS file. The page gets typed functions only: ipcRenderer
// itself, its event objects and channel names outside the contract never reach it.
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_VAULT_LOCKED } from '../contract/vault';
import { buildApi } from './build-api';

const api = buildApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  onVaultLocked: (listener) => {
    const wrapped = (_event: unknown, reason: unknown) => listener(reason);
    ipcRenderer.on(EVENT_VAULT_LOCKED, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_VAULT_LOCKED, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('api', api);
