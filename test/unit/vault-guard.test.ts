// No export, backup or restore may write into a vault folder or onto a file a vault owns, however
// the path is spelled: directly, through `..`, through a link, or in another case.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { createAppCore } from '../../src-main/core/app/app-core';
import { refuseVaultTarget } from '../../src-main/db/vault-guard';
import { fingerprint, MIGRATIONS, PASSPHRASE, tempDir, TEST_KDF, unwrap } from '../helpers/temp-vault';
import { runCli } from '../helpers/cli';

const cli = (args: string[]) => runCli(args);

let dir: ReturnType<typeof tempDir>;
let vault: string;
beforeEach(() => {
  dir = tempDir();
  vault = join(dir.path, 'vault');
});
afterEach(() => dir.cleanup());

// The first test runs the command line several times (about 25 s on a busy machine).
describe('vault guard', { timeout: 180_000 }, () => {
  it('the command line refuses to export over the vault’s own files, however the path is spelled', () => {
    expect(cli(['demo', '--vault', vault, '--scale', 'small']).status).toBe(EXIT.ok);
    const before = fingerprint(vault);
    symlinkSync(vault, join(dir.path, 'shortcut'));
    mkdirSync(join(dir.path, 'elsewhere'));
    const targets = [
      join(vault, 'alliance.db'),
      join(vault, 'vault-keys.json'),
      join(dir.path, 'elsewhere', '..', 'vault', 'vault-keys.json'),
      join(dir.path, 'shortcut', 'alliance.db'),
      join(dir.path, 'shortcut', 'notes.json'),
      join(vault, 'sub', 'export.json'),
      // A vault's file by its name, wherever it is: the journal is there while an import loads.
      join(dir.path, 'elsewhere', 'alliance.db-journal'),
    ];
    for (const out of targets) {
      const r = cli(['export', 'json', '--vault', vault, '--out', out]);
      expect(r.status, out).toBe(EXIT.invalidInput);
      expect(r.stderr).toMatch(/inside an Alliance vault folder/);
    }
    const hours = cli([
      'export',
      'hours',
      '--vault',
      vault,
      '--supervisee',
      'all',
      '--from',
      '2020-01-01',
      '--to',
      '2030-01-01',
      '--format',
      'csv',
      '--out',
      join(vault, 'hours.csv'),
    ]);
    expect(hours.status).toBe(EXIT.invalidInput);
    expect(cli(['backup', '--vault', vault, '--out', vault]).status).toBe(EXIT.invalidInput);
    expect(fingerprint(vault)).toEqual(before);
    // Outside the vault, the same export works.
    expect(cli(['export', 'json', '--vault', vault, '--out', join(dir.path, 'elsewhere', 'x.json')]).status).toBe(
      EXIT.ok,
    );
  });

  it('the app refuses a save-dialog path or a backup folder inside the vault, and says so', async () => {
    const core = createAppCore({
      vaultDir: vault,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      files: {
        chooseSavePath: async () => join(vault, 'vault-keys.json'),
        chooseFolder: async () => vault,
        chooseFile: async () => null,
      },
    });
    const t = { trusted: true };
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    const before = fingerprint(vault);
    for (const [channel, input] of [
      ['audit.export', {}],
      ['hours.exportCsv', { superviseeId: 'all', from: '2026-01-01', to: '2026-01-31', layout: 'weekly' }],
      ['backup.chooseFolder', {}],
    ] as const) {
      const r = await core.registry.invoke(channel, input, t);
      expect(r, channel).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/inside an Alliance vault folder/) },
      });
    }
    expect(unwrap(await core.registry.invoke('backup.status', {}, t))).toMatchObject({ folder: null });
    core.vault.lock();
    // Nothing new in the vault's folder, and the key file is byte for byte what it was.
    const after = fingerprint(vault);
    expect(Object.keys(after)).toEqual(['alliance.db', 'vault-keys.json']);
    expect(after['vault-keys.json']).toBe(before['vault-keys.json']);
  });

  it.skipIf(process.platform !== 'darwin' && process.platform !== 'win32')(
    'on a case-insensitive file system another spelling of a vault file is the same file',
    () => {
      // Skipped on Linux: its file systems are case-sensitive, so ALLIANCE.DB is another file there.
      expect(() => refuseVaultTarget(join(vault, 'ALLIANCE.DB'), 'file')).toThrow(/inside an Alliance vault/);
    },
  );

  it('a restore may not create a vault inside another vault', async () => {
    const core = createAppCore({ vaultDir: vault, migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, { trusted: true }));
    core.vault.lock();
    expect(() => refuseVaultTarget(join(vault, 'restored'), 'new-folder')).toThrow(/inside an Alliance vault/);
    expect(() => refuseVaultTarget(join(dir.path, 'restored'), 'new-folder')).not.toThrow();
  });
});
