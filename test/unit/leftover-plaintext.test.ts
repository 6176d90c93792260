// Second adversarial round, confidentiality and stuck inputs: an export that fails or is killed
// leaves no plaintext behind (now or after the next unlock), a killed backup's verification copy
// goes at the next start, an export never replaces a backup, and the files a user picks to bring in
// are read only when they are ordinary UTF-8 files.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { backupVault } from '../../src-main/core/backups/backup';
import { exportJson } from '../../src-main/core/data-transfer/workflows';
import { toPath } from '../../src-main/core/shared/file-port';
import { createAppCore } from '../../src-main/core/app/app-core';
import { unlockVault } from '../../src-main/db/vault';
import { settings } from '../../src-main/db/schema';
import { runCli } from '../helpers/cli';
import { MIGRATIONS, newCore, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const CHILD = resolve(__dirname, '..', 'helpers', 'crash-child.ts');
const CANARY = 'Quillfeather-Canary-7731';
const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let vault: string;

beforeEach(async () => {
  dir = tempDir();
  vault = join(dir.path, 'vault');
  const core = newCore(vault);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  unwrap(
    await core.registry.invoke(
      'supervisees.create',
      { fullName: CANARY, discipline: 'counseling_associate', supervisionStart: '2026-09-01' },
      t,
    ),
  );
  core.vault.lock();
});
afterEach(() => dir.cleanup());

const temporaries = (folder: string) => readdirSync(folder).filter((n) => /\.tmp-\d+$/.test(n));

async function withVault<T>(work: (v: Awaited<ReturnType<typeof unlockVault>>) => T | Promise<T>): Promise<T> {
  const v = await unlockVault(vault, PASSPHRASE, { migrationsFolder: MIGRATIONS });
  try {
    return await work(v);
  } finally {
    v.close();
  }
}

describe('an export that cannot finish leaves no plaintext', () => {
  it('a final rename onto a folder fails with "Nothing was saved" and removes the temporary', async () => {
    const out = join(dir.path, 'out');
    const target = join(out, 'export.json');
    mkdirSync(target, { recursive: true }); // the chosen name is a folder: the rename must fail
    await withVault(async (v) => {
      await expect(
        exportJson(
          () => v.db,
          toPath(target, () => v.db),
        ),
      ).rejects.toThrow(/Nothing was saved/);
      expect(temporaries(out)).toEqual([]);
      // Nothing is remembered as pending once the failure is cleaned up.
      expect(
        v.db
          .select()
          .from(settings)
          .all()
          .map((r) => r.key),
      ).not.toContain('pending-writes');
    });
  });

  it('a killed export’s temporary, in a folder the vault does not own, is removed at the next unlock', async () => {
    const out = join(dir.path, 'exports');
    mkdirSync(out);
    const target = join(out, 'alliance-export.json');
    const pid = await new Promise<number>((done, fail) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', CHILD, 'export', vault, MIGRATIONS, PASSPHRASE, PASSPHRASE, target],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let errors = '';
      child.stderr.on('data', (c: Buffer) => (errors += c.toString()));
      child.stdout.on('data', (c: Buffer) => {
        if (c.toString().includes('ack writing')) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? done(child.pid!) : fail(new Error(`export child ended: ${errors.slice(0, 400)}`)),
      );
    });
    const tmp = join(out, `alliance-export.json.tmp-${pid}`);
    // What the kill left: the export so far, in the clear, beside where it was going.
    expect(readFileSync(tmp, 'utf8')).toContain('alliance-export');
    expect(existsSync(target)).toBe(false);

    const core = createAppCore({ vaultDir: vault, migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
    expect(existsSync(tmp)).toBe(true); // the folder is not known before the vault is open
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    expect(existsSync(tmp)).toBe(false);
    expect(temporaries(out)).toEqual([]);
    core.vault.lock();
  }, 60_000);
});

describe('a killed backup', () => {
  it('has its verification copy removed at the next start, not an hour later', async () => {
    const backups = join(dir.path, 'backups');
    const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('alliance-verify-')));
    // Kill backups until one dies holding its verification copy (it exists for part of each run).
    let left: string | null = null;
    for (let attempt = 0; attempt < 40 && !left; attempt++) {
      left = await new Promise<string | null>((done, fail) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', CHILD, 'backup', vault, MIGRATIONS, PASSPHRASE, PASSPHRASE, backups],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let seen: string | null = null;
        const poll = setInterval(() => {
          seen = readdirSync(tmpdir()).find((n) => n.startsWith('alliance-verify-') && !before.has(n)) ?? null;
          if (seen) child.kill('SIGKILL');
        }, 2);
        const stop = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('exit', (_code, signal) => {
          clearInterval(poll);
          clearTimeout(stop);
          if (signal !== 'SIGKILL') fail(new Error('backup child ended by itself'));
          else done(seen && existsSync(join(tmpdir(), seen)) ? seen : null);
        });
      });
    }
    expect(left, 'no kill landed while a verification copy existed').not.toBeNull();
    newCore(vault); // the next start, minutes (not an hour) later
    expect(existsSync(join(tmpdir(), left!))).toBe(false);
  }, 240_000);
});

describe('an export never replaces a backup', () => {
  it('refuses a backup file as the target, whatever it is called, and leaves it as it was', async () => {
    const backups = join(dir.path, 'backups');
    const info = await withVault((v) => backupVault(v, backups, { keep: 3 }));
    const renamed = join(backups, 'my-export.json');
    writeFileSync(renamed, readFileSync(info.file));
    for (const target of [info.file, renamed]) {
      const before = readFileSync(target);
      const r = runCli(['export', 'json', '--vault', vault, '--out', target]);
      expect(r.status).toBe(EXIT.invalidInput);
      expect(r.stderr).toMatch(/is an Alliance backup/);
      expect(readFileSync(target).equals(before)).toBe(true);
    }
    expect(temporaries(backups)).toEqual([]);
  }, 120_000);
});

describe('files a user picks to bring in', () => {
  async function importFramework(path: string) {
    const core = createAppCore({
      vaultDir: vault,
      migrationsFolder: MIGRATIONS,
      kdf: TEST_KDF,
      files: { chooseSavePath: async () => null, chooseFolder: async () => null, chooseFile: async () => path },
    });
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    try {
      return await core.registry.invoke(
        'frameworks.import',
        { csv: { name: 'Imported', scaleMin: 1, scaleMax: 5, halfLevels: false, targetLevel: null } },
        t,
      );
    } finally {
      core.vault.lock();
    }
  }

  it('a pipe named like a framework file is refused at once, even with no writer', async () => {
    const fifo = join(dir.path, 'framework.csv');
    execFileSync('mkfifo', [fifo]);
    const r = await importFramework(fifo);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not an ordinary file/);
  });

  it('a pipe given to the JSON import is refused at once', () => {
    const fifo = join(dir.path, 'export.json');
    execFileSync('mkfifo', [fifo]);
    const r = runCli(['import', 'json', '--vault', vault, '--in', fifo]);
    expect(r.status).toBe(EXIT.invalidInput);
    expect(r.stderr).toMatch(/not a file Alliance can import/);
  }, 120_000);

  it('a Latin-1 framework file is refused as not UTF-8 rather than imported as "Comp�tence"', async () => {
    const file = join(dir.path, 'latin1.csv');
    writeFileSync(file, Buffer.from('domain,competency\nCompétence,Écoute\n', 'latin1'));
    const r = await importFramework(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not UTF-8/);
  });

  it('a JSON export re-saved as Latin-1 is refused as not UTF-8', () => {
    const file = join(dir.path, 'latin1.json');
    const text = '{"format":"alliance-export","version":6,"exportedAt":"2026-12-01T10:00:00.000Z","entities":{}}';
    writeFileSync(file, Buffer.from(text.replace('"entities"', '"note":"Compétence","entities"'), 'latin1'));
    const r = runCli(['import', 'json', '--vault', vault, '--in', file]);
    expect(r.status).toBe(EXIT.invalidInput);
    expect(r.stderr).toMatch(/not UTF-8/);
  }, 120_000);
});
