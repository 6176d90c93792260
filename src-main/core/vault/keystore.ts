// The port to the operating system's keychain that quick unlock seals the vault's key with. Electron
// implements it with safeStorage's async API (window/os-keystore.ts); tests and the browser bridge
// use a real in-memory keystore (test/helpers/memory-keystore.ts). Nothing else here needs Electron.
export type KeyStoreCheck =
  // A keychain that protects what it seals (macOS Keychain, Windows DPAPI, a Linux keyring).
  | { ok: true; name: string }
  // On Linux with no keyring Electron would fall back to a fixed plain-text key: refused.
  | { ok: false; reason: 'no_keyring' | 'unavailable' };

export interface KeyStore {
  check(): Promise<KeyStoreCheck>;
  seal(secret: string): Promise<Buffer>;
  open(sealed: Buffer): Promise<string>;
}

// Where there is no keychain at all (the command line).
export const NO_KEYSTORE: KeyStore = {
  check: async () => ({ ok: false, reason: 'unavailable' }),
  seal: async () => {
    throw new Error('no keystore');
  },
  open: async () => {
    throw new Error('no keystore');
  },
};
