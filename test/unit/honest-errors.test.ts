// Failures say what happened, with the right code, and leave no false record behind.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';
import { runCli } from '../helpers/cli';

const t = { trusted: true };
const cli = (args: string[]) => runCli(args);
let dir: ReturnType<typeof tempDir>;
let vault: string;
beforeEach(async () => {
  dir = tempDir();
  vault = join(dir.path, 'vault');
  const core = newCore(vault);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  core.vault.lock();
});
afterEach(() => dir.cleanup());

async function exportedEvents(): Promise<number> {
  const core = newCore(vault);
  unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
  const { events } = unwrap(await core.registry.invoke('audit.list', { limit: 500 }, t)) as {
    events: { kind: string }[];
  };
  core.vault.lock();
  return events.filter((e) => e.kind === 'exported').length;
}

describe('honest errors', () => {
  it('an export into a missing folder says so, exits 7, and records no export', async () => {
    const r = cli(['export', 'json', '--vault', vault, '--out', join(dir.path, 'missing', 'x.json')]);
    expect(r.status).toBe(EXIT.io);
    expect(r.stderr).toMatch(/could not be written there \(ENOENT: that folder does not exist\)/);
    expect(r.stderr).not.toMatch(/Something went wrong/);
    expect(await exportedEvents()).toBe(0);
    expect(cli(['export', 'json', '--vault', vault, '--out', join(dir.path, 'x.json')]).status).toBe(EXIT.ok);
    expect(await exportedEvents()).toBe(1);
  });

  it('a plain SQLite file where the vault database should be is damage, not a wrong passphrase', async () => {
    rmSync(join(vault, 'alliance.db'));
    const plain = new Database(join(vault, 'alliance.db'));
    plain.exec('create table t (x)');
    plain.close();
    const core = newCore(vault);
    const r = await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t);
    expect(r).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/not encrypted/) } });
    expect(cli(['verify', '--vault', vault]).status).toBe(EXIT.io);
  });
});
