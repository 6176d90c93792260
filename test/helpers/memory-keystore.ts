// A real keystore held in memory, standing in for the OS keychain (core/vault/keystore.ts): what it
// seals is AES-256-GCM encrypted under a key that lives only in this object, so a test can check
// that the sealed file is useless without it. `keyring: false` plays Linux with no keyring.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyStore, KeyStoreCheck } from '../../src-main/core/vault/keystore';

export class MemoryKeyStore implements KeyStore {
  private readonly key = randomBytes(32);
  sealed = 0;
  constructor(private readonly opts: { keyring?: boolean } = {}) {}

  async check(): Promise<KeyStoreCheck> {
    return this.opts.keyring === false ? { ok: false, reason: 'no_keyring' } : { ok: true, name: 'memory' };
  }

  async seal(secret: string): Promise<Buffer> {
    this.sealed++;
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([c.update(secret, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), data]);
  }

  async open(sealed: Buffer): Promise<string> {
    const d = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, 12));
    d.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
  }
}
