import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/errors';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, readKeyFile } from '../../src-main/db/key-file';
import { newRecoveryKey, parseRecoveryKey } from '../../src-main/db/recovery-key';
import { createVault, unlockVault } from '../../src-main/db/vault';
import { vaultPaths } from '../../src-main/db/vault-files';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir } from '../helpers/temp-vault';

const opts = { migrationsFolder: MIGRATIONS, kdf: TEST_KDF };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('key file', () => {
  it('is versioned JSON holding two wrapped copies of the key and no secret in the clear', async () => {
    const { vault, recoveryKey } = await createVault(dir.path, PASSPHRASE, opts);
    vault.close();
    const text = readFileSync(vaultPaths(dir.path).keyFile, 'utf8');
    const kf = JSON.parse(text);
    expect(kf).toMatchObject({ format: KEY_FILE_FORMAT, version: KEY_FILE_VERSION, cipher: 'aegis' });
    expect(kf.passphrase.wrap.alg).toBe('aes-256-gcm');
    expect(Buffer.from(kf.passphrase.wrap.data, 'base64')).toHaveLength(32);
    expect(kf.passphrase.wrap.data).not.toBe(kf.recovery.wrap.data);
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(recoveryKey);
  });

  it('detects a tampered wrapped key as a crypto error', async () => {
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    const path = vaultPaths(dir.path).keyFile;
    const kf = JSON.parse(readFileSync(path, 'utf8'));
    const data = Buffer.from(kf.passphrase.wrap.data, 'base64');
    data[0]! ^= 1;
    kf.passphrase.wrap.data = data.toString('base64');
    writeFileSync(path, JSON.stringify(kf));
    await expect(unlockVault(dir.path, PASSPHRASE, opts)).rejects.toMatchObject({ code: 'crypto' });
  });

  it('refuses a damaged or newer key file with an io error that says what to do', async () => {
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    const path = vaultPaths(dir.path).keyFile;
    const kf = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...kf, version: 2 }));
    expect(() => readKeyFile(path)).toThrow(/newer Alliance/);
    writeFileSync(path, '{ not json');
    let err: unknown;
    try {
      readKeyFile(path);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('io');
    expect(() => readKeyFile(`${path}.missing`)).toThrow(/No vault key file/);
  });
});

describe('recovery key', () => {
  it('round-trips 160 bits and tolerates how people type it', () => {
    const key = newRecoveryKey();
    const bytes = parseRecoveryKey(key);
    expect(bytes).toHaveLength(20);
    expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
    expect(parseRecoveryKey(key.replace(/0/g, 'O').replace(/1/g, 'I'))).toEqual(bytes);
    expect(newRecoveryKey()).not.toBe(key);
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow(/32 letters/);
  });
});
