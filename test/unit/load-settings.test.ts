// How the vault is set while an import loads (core/data-transfer/workflows.ts, setUpForLoad, and
// db/secondary-indexes.ts): a rollback journal instead of the WAL, and a new table's indexes built
// after its rows. Both must keep what the vault promises: nothing in the clear on disk, and nothing
// of the vault's shape changed once the load ends, whether it commits or not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpForLoad } from '../../src-main/core/data-transfer/workflows';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { Importer } from '../../src-main/core/data-transfer/importer';
import { recordsFromValue } from '../../src-main/core/data-transfer/import-source';
import { setIndexesAside } from '../../src-main/db/secondary-indexes';
import type { AppCore } from '../../src-main/core/app/app-core';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const CANARY = 'Wrenfield-Journal-Canary-5120';
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
const vaultDir = () => join(dir.path, 'vault');
const sqlite = () => core.vault.openVault().sqlite;
const indexes = () =>
  sqlite().prepare("select name, sql from sqlite_master where type = 'index' and sql is not null order by name").all();

beforeAll(async () => {
  dir = tempDir();
  core = newCore(vaultDir());
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, { trusted: true }));
  sqlite()
    .prepare('update case_notes set discussion = ? where rowid = (select min(rowid) from case_notes)')
    .run(`${CANARY} and ${CANARY}`);
});
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

describe('a load', () => {
  it('writes its rollback journal encrypted, and puts the vault back in WAL mode after', () => {
    const db = core.vault.db();
    const restore = setUpForLoad(db);
    expect(sqlite().pragma('journal_mode')).toEqual([{ journal_mode: 'delete' }]);
    sqlite().exec('begin immediate');
    // The page that holds the canary is copied into the journal before it changes.
    sqlite().exec("update case_notes set discussion = 'changed' where discussion like 'Wrenfield%'");
    const journal = join(vaultDir(), 'alliance.db-journal');
    expect(existsSync(journal)).toBe(true);
    const bytes = readFileSync(journal);
    expect(bytes.length).toBeGreaterThan(4096);
    for (const encoding of ['utf8', 'utf16le'] as const)
      expect(bytes.includes(Buffer.from(CANARY, encoding))).toBe(false);
    sqlite().exec('rollback');
    restore();
    expect(sqlite().pragma('journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(sqlite().pragma('cache_size')).toEqual([{ cache_size: -65536 }]);
    expect(existsSync(journal)).toBe(false);
    const kept = sqlite().prepare('select count(*) as n from case_notes where discussion like ?').get(`${CANARY}%`);
    expect(kept).toEqual({ n: 1 });
  });

  it('inside another transaction stays in WAL mode, and still puts the cache back', () => {
    sqlite().exec('begin immediate');
    const restore = setUpForLoad(core.vault.db());
    expect(sqlite().pragma('journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(sqlite().pragma('cache_size')).toEqual([{ cache_size: -32768 }]);
    restore();
    sqlite().exec('rollback');
    expect(sqlite().pragma('cache_size')).toEqual([{ cache_size: -65536 }]);
  });

  it('a preview checks without building what the load set aside; an import builds it', async () => {
    const other = newCore(join(dir.path, 'other'));
    unwrap(await other.registry.invoke('vault.create', { passphrase: PASSPHRASE }, { trusted: true }));
    const doc = JSON.parse(JSON.stringify(exportVault(core.vault.db()))) as unknown;
    const db = other.vault.db();
    const raw = other.vault.openVault().sqlite;
    const count = (table: string) => (raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const fresh = raw.prepare("select name from sqlite_master where type = 'index' order by name").all();
    for (const step of ['checking', 'finishing'] as const) {
      raw.exec('begin');
      const importer = new Importer(db);
      const steps = importer[step](recordsFromValue(doc, importer));
      // Each step is named before it runs, in the order the window shows them.
      const named: string[] = [];
      let next = steps.next();
      for (; !next.done; next = steps.next()) named.push(next.value);
      const counts = next.value;
      const built = step === 'finishing';
      expect(named).toEqual(built ? ['checking', 'indexing', 'hours', 'timeline', 'search'] : ['checking']);
      expect(counts.caseNotes).toBeGreaterThan(10);
      expect(count('case_notes')).toBe(counts.caseNotes);
      expect(count('timeline_events') > 0, step).toBe(built);
      expect(count('search_index') > 0, step).toBe(built);
      expect(count('hours_by_day') > 0, step).toBe(built);
      const now = raw.prepare("select name from sqlite_master where type = 'index' order by name").all();
      expect(now.length < fresh.length, step).toBe(!built);
      raw.exec('rollback');
    }
    expect(count('case_notes')).toBe(0);
    expect(raw.prepare("select name from sqlite_master where type = 'index' order by name").all()).toEqual(fresh);
    other.vault.lock();
  });

  it('sets non-unique indexes aside and builds them again as they were; a rollback brings them back', () => {
    const before = indexes();
    const db = core.vault.db();
    const unique = (before as { name: string; sql: string }[]).filter((i) => /^create unique/i.test(i.sql));
    expect(unique.map((i) => i.name)).toContain('agreements_version_idx');
    sqlite().exec('begin');
    const restore = setIndexesAside(db, ['case_notes', 'agreements']);
    const during = (indexes() as { name: string }[]).map((i) => i.name);
    expect(during).not.toContain('case_notes_supervisee_date_idx');
    expect(during).not.toContain('case_notes_session_idx');
    // A unique index stays, so a row it refuses is refused as the load writes it.
    expect(during).toContain('agreements_version_idx');
    expect(during).toContain('sessions_supervisee_date_idx');
    restore();
    expect(indexes()).toEqual(before);
    sqlite().exec('commit');
    expect(indexes()).toEqual(before);
    sqlite().exec('begin');
    setIndexesAside(db, ['case_notes']);
    sqlite().exec('rollback');
    expect(indexes()).toEqual(before);
    expect(sqlite().pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});
