// Quick unlock's keychain in Electron: safeStorage's async API (macOS Keychain, Windows DPAPI, the
// Linux keyring). On Linux without a keyring safeStorage falls back to a fixed plain-text key
// ("basic_text"); that is reported as no keyring and quick unlock is refused (core/vault/quick-unlock.ts).
import { safeStorage } from 'electron';
import type { KeyStore } from '../core/vault/keystore';

export const electronKeyStore: KeyStore = {
  async check() {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return { ok: false, reason: 'unavailable' };
    if (process.platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text' || backend === 'unknown') return { ok: false, reason: 'no_keyring' };
      return { ok: true, name: backend };
    }
    return { ok: true, name: process.platform === 'darwin' ? 'macOS Keychain' : 'Windows' };
  },
  seal: (secret) => safeStorage.encryptStringAsync(secret),
  open: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result,
};
