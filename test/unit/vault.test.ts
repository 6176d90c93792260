import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/errors';
import { OWASP_MINIMUM, calibrateArgon2id, meetsOwaspMinimum } from '../../src-main/db/kdf';
import { readKeyFile } from '../../src-main/db/key-file';
import { changePassphrase, createVault, recoverVault, unlockVault } from '../../src-main/db/vault';
import { vaultPaths } from '../../src-main/db/vault-files';
import { fingerprint, MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir } from '../helpers/temp-vault';

const opts = { migrationsFolder: MIGRATIONS, kdf: TEST_KDF };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

async function expectCode(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

describe('vault', () => {
  it('creates an encrypted vault that unlocks with the passphrase and holds data', async () => {
    const { vault, recoveryKey } = await createVault(dir.path, PASSPHRASE, opts);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    vault.sqlite.exec("insert into settings(key, value, updated_at) values ('probe', '\"x\"', 1)");
    vault.close();
    const header = readFileSync(vaultPaths(dir.path).database).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\u0000');
    const again = await unlockVault(dir.path, PASSPHRASE, opts);
    expect(again.sqlite.prepare("select value from settings where key = 'probe'").get()).toEqual({ value: '"x"' });
    again.close();
  });

  it('sets the connection pragmas the issue asks for', async () => {
    const { vault } = await createVault(dir.path, PASSPHRASE, opts);
    const p = (name: string) => vault.sqlite.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(2); // FULL
    expect(p('temp_store')).toBe(2); // MEMORY
    expect(p('foreign_keys')).toBe(1);
    expect(p('mmap_size')).toBe(0);
    vault.close();
  });

  it('refuses a wrong passphrase with a crypto error and changes no byte of the vault', async () => {
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    const before = fingerprint(dir.path);
    const err = await expectCode(unlockVault(dir.path, 'not-the-passphrase', opts), 'crypto');
    expect(err.message).toMatch(/does not unlock/);
    expect(fingerprint(dir.path)).toEqual(before);
  });

  it('unlocks with the recovery key, sets a new passphrase and leaves the database file as it was', async () => {
    const { vault, recoveryKey } = await createVault(dir.path, PASSPHRASE, opts);
    vault.close();
    const dbBefore = fingerprint(dir.path)['alliance.db'];
    await expectCode(
      recoverVault(dir.path, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'brand-new-passphrase', opts),
      'crypto',
    );
    const recovered = await recoverVault(
      dir.path,
      recoveryKey.toLowerCase().replace(/-/g, ' '),
      'brand-new-passphrase',
      opts,
    );
    recovered.close();
    await expectCode(unlockVault(dir.path, PASSPHRASE, opts), 'crypto');
    (await unlockVault(dir.path, 'brand-new-passphrase', opts)).close();
    expect(fingerprint(dir.path)['alliance.db']).toBe(dbBefore);
  });

  it('changes the passphrase by re-wrapping the key, without re-encrypting the database', async () => {
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    const before = fingerprint(dir.path);
    const kfBefore = readKeyFile(vaultPaths(dir.path).keyFile);
    await expectCode(changePassphrase(dir.path, 'wrong-current-pass', 'another-long-passphrase'), 'crypto');
    expect(fingerprint(dir.path)).toEqual(before);
    await changePassphrase(dir.path, PASSPHRASE, 'another-long-passphrase');
    const after = fingerprint(dir.path);
    expect(after['alliance.db']).toBe(before['alliance.db']);
    expect(after['vault-keys.json']).not.toBe(before['vault-keys.json']);
    const kfAfter = readKeyFile(vaultPaths(dir.path).keyFile);
    expect(kfAfter.recovery).toEqual(kfBefore.recovery);
    expect(kfAfter.passphrase.kdf.salt).not.toBe(kfBefore.passphrase.kdf.salt);
    await expectCode(unlockVault(dir.path, PASSPHRASE, opts), 'crypto');
    (await unlockVault(dir.path, 'another-long-passphrase', opts)).close();
  });

  it('rejects short passphrases and non-empty folders', async () => {
    await expectCode(createVault(dir.path, 'short', opts), 'validation');
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    await expectCode(createVault(dir.path, PASSPHRASE, opts), 'conflict');
  });

  it('refuses a vault that another process holds open', async () => {
    const { vault } = await createVault(dir.path, PASSPHRASE, opts);
    try {
      const script = `
        const { unlockVault } = require('./src-main/db/vault');
        unlockVault(process.argv[1], process.argv[2], { migrationsFolder: process.argv[3] })
          .then(() => { console.log('opened'); process.exit(0); })
          .catch((e) => { console.log(e.code + ':' + e.message); process.exit(0); });`;
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script, dir.path, PASSPHRASE, MIGRATIONS], {
        encoding: 'utf8',
      });
      expect(out).toMatch(/^conflict:.*open in another/);
    } finally {
      vault.close();
    }
    // Once released, the other process can open it.
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `require('./src-main/db/vault').unlockVault(process.argv[1], process.argv[2], { migrationsFolder: ` +
          `process.argv[3] }).then((v) => { v.close(); console.log('opened'); })`,
        dir.path,
        PASSPHRASE,
        MIGRATIONS,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout.trim()).toBe('opened');
  });

  it('refuses a damaged database with a message naming the way out', async () => {
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    const path = vaultPaths(dir.path).database;
    const bytes = readFileSync(path);
    bytes.fill(0x41, 0, 4096);
    (await import('node:fs')).writeFileSync(path, bytes);
    // The key came out of the key file whole: damage, not a wrong passphrase.
    const err = await expectCode(unlockVault(dir.path, PASSPHRASE, opts), 'io');
    expect(err.message).toMatch(/damaged.*passphrase was right.*backup/s);
  });
});

describe('key derivation', () => {
  it('stores Argon2id settings at or above the OWASP minimum', async () => {
    (await createVault(dir.path, PASSPHRASE, opts)).vault.close();
    const kf = readKeyFile(vaultPaths(dir.path).keyFile);
    expect(kf.passphrase.kdf.name).toBe('argon2id');
    expect(meetsOwaspMinimum(kf.passphrase.kdf)).toBe(true);
    expect(kf.cipher).toBe('aegis');
  });

  it('refuses settings below the OWASP minimum', async () => {
    const weak = { ...OWASP_MINIMUM, memoryKiB: 1024 };
    await expectCode(createVault(dir.path, PASSPHRASE, { ...opts, kdf: weak }), 'validation');
  });

  it('calibrates to settings that meet the OWASP minimum', async () => {
    const c = await calibrateArgon2id(50);
    expect(meetsOwaspMinimum(c.params)).toBe(true);
    expect(c.params.memoryKiB).toBeGreaterThanOrEqual(65_536);
  });
});

describe('argon2id off the main event loop', () => {
  it('lets the event loop keep turning while a 64 MiB derivation runs', async () => {
    const { deriveArgon2id, newSalt } = await import('../../src-main/db/kdf');
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const key = await deriveArgon2id('loop check', {
      name: 'argon2id',
      memoryKiB: 65_536,
      iterations: 3,
      parallelism: 1,
      salt: newSalt(),
    });
    running = false;
    expect(key).toHaveLength(32);
    // A derivation on the loop itself would allow at most a turn or two.
    expect(turns).toBeGreaterThan(20);
  });
});
