// The import from Settings reads its file a piece at a time, so the window can show a running count:
// between pieces it answers "how far" (transfer.progress), and every other request waits until the
// import has ended, so nothing is written inside its transaction, whether it commits or rolls back.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../src-main/contract/data-transfer';
import type { Result } from '../../src-main/contract/errors';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { importFileInPieces, previewFileInPieces } from '../../src-main/core/data-transfer/import-in-pieces';
import { manySessionsFile } from '../helpers/records';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let chosen = '';
const invoke = (ch: string, input: unknown) => core.registry.invoke(ch, input, t) as Promise<Result<unknown>>;

// A file of one supervisee and `n` sessions, the last one changed by `last`.
function fileOf(n: number, last: Record<string, unknown> = {}): string {
  const path = join(dir.path, `import-${n}.json`);
  writeFileSync(path, JSON.stringify(manySessionsFile(n, last)));
  return path;
}

beforeEach(async () => {
  dir = tempDir();
  core = createAppCore({
    vaultDir: join(dir.path, 'vault'),
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    files: {
      chooseSavePath: async () => null,
      chooseFolder: async () => null,
      chooseFile: async () => chosen,
    },
  });
  unwrap(await invoke('vault.create', { passphrase: PASSPHRASE }));
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
});

// Asks how far the import has got until it ends; returns every answer given while it ran.
async function watch(running: Promise<unknown>): Promise<ImportProgress[]> {
  let done = false;
  void running.finally(() => (done = true));
  const seen: ImportProgress[] = [];
  while (!done) {
    seen.push(unwrap(await invoke('transfer.progress', {})) as ImportProgress);
    await new Promise((r) => setTimeout(r, 5));
  }
  return seen.filter((p) => p.doing !== 'nothing');
}

describe('an import from Settings, read in pieces', () => {
  it('answers how far it has got while it checks and while it imports, counting up', async () => {
    chosen = fileOf(12_000);
    const checking = invoke('transfer.previewImport', {});
    const seenChecking = await watch(checking);
    const preview = unwrap(await checking) as { token: string; counts: { sessions: number } };
    expect(preview.counts.sessions).toBe(12_000);
    expect(seenChecking.length).toBeGreaterThan(1);
    expect(seenChecking.every((p) => p.doing === 'checking')).toBe(true);
    const records = seenChecking.map((p) => p.records);
    expect(records).toEqual([...records].sort((a, b) => a - b));
    expect(records.at(-1)!).toBeGreaterThan(records[0]!);
    expect(seenChecking.every((p) => p.bytesRead <= p.bytes && p.bytes > 1_000_000)).toBe(true);

    const importing = invoke('transfer.import', { token: preview.token });
    const seenImporting = await watch(importing);
    expect(unwrap(await importing)).toMatchObject({ supervisees: 1, sessions: 12_000 });
    expect(seenImporting.length).toBeGreaterThan(1);
    expect(seenImporting.every((p) => p.doing === 'importing')).toBe(true);
    expect(unwrap(await invoke('transfer.progress', {}))).toEqual({
      doing: 'nothing',
      stage: 'reading',
      bytes: 0,
      bytesRead: 0,
      records: 0,
    });
  });

  it('after the last record, names each step, with a turn for the window before it runs; a check has one', async () => {
    const path = fileOf(2_000);
    const raw = core.vault.openVault().sqlite;
    const count = (table: string) => raw.prepare(`select count(*) from ${table}`).pluck().get() as number;
    // What a request answered at the turn after each report would see: the step, and what it builds
    // not built yet.
    const run = async (work: typeof importFileInPieces | typeof previewFileInPieces) => {
      const turns: { stage: string; records: number; timeline: number; search: number }[] = [];
      await work(core.vault.db(), path, (p) => {
        if (p.stage !== 'reading')
          setImmediate(() =>
            turns.push({
              stage: p.stage,
              records: p.records,
              timeline: count('timeline_events'),
              search: count('search_index'),
            }),
          );
      });
      return turns;
    };
    const checked = await run(previewFileInPieces);
    expect(checked).toEqual([{ stage: 'checking', records: 2_001, timeline: 0, search: 0 }]);
    const imported = await run(importFileInPieces);
    expect(imported.map((t) => t.stage)).toEqual(['checking', 'indexing', 'hours', 'timeline', 'search']);
    expect(imported.every((t) => t.records === 2_001)).toBe(true);
    expect(imported.find((t) => t.stage === 'timeline')!.timeline).toBe(0);
    expect(imported.find((t) => t.stage === 'search')).toMatchObject({ search: 0 });
    expect(imported.find((t) => t.stage === 'search')!.timeline).toBeGreaterThanOrEqual(2_000);
    expect(count('search_index')).toBeGreaterThanOrEqual(2_000);
  });

  it('lets no other request into its transaction: a write asked meanwhile waits and survives a refusal', async () => {
    // The last session is dated in the future: the whole file is refused once it has all been read.
    chosen = fileOf(12_000);
    const preview = unwrap(await invoke('transfer.previewImport', {})) as { token: string };
    chosen = fileOf(12_001, { date: '2999-01-01' });
    const badPreview = invoke('transfer.previewImport', {});
    // Asked once the check has started reading: it must wait for the check's rollback.
    while ((unwrap(await invoke('transfer.progress', {})) as ImportProgress).doing === 'nothing')
      await new Promise((r) => setTimeout(r, 2));
    const meanwhile = invoke('supervisees.create', {
      fullName: 'Quill Ashworth',
      discipline: 'mft_associate',
      supervisionStart: '2026-02-01',
    });
    const refused = unwrap(await badPreview) as { counts: unknown; problems: { location: string }[] };
    expect(refused.counts).toBeNull();
    expect(refused.problems.map((p) => p.location)).toEqual(['entities.sessions[12000].date']);
    unwrap(await meanwhile);
    const names = (unwrap(await invoke('supervisees.list', {})) as { fullName: string }[]).map((s) => s.fullName);
    expect(names).toEqual(['Quill Ashworth']);
    // The earlier preview's choice expired with the new one; nothing of either file was written.
    expect(await invoke('transfer.import', { token: preview.token })).toMatchObject({ ok: false });
    expect(core.vault.openVault().sqlite.prepare('select count(*) from supervision_sessions').pluck().get()).toBe(0);
  });

  it('runs two checks asked at once one after the other, each whole', async () => {
    chosen = fileOf(3_000);
    const [a, b] = await Promise.all([invoke('transfer.previewImport', {}), invoke('transfer.previewImport', {})]);
    for (const r of [a, b]) expect(unwrap(r)).toMatchObject({ counts: { supervisees: 1, sessions: 3_000 } });
    expect(core.vault.openVault().sqlite.inTransaction).toBe(false);
  });

  it('says plainly when the previewed file is gone by the time it is imported, and writes nothing', async () => {
    chosen = fileOf(10);
    const preview = unwrap(await invoke('transfer.previewImport', {})) as { token: string; bytes: number };
    expect(preview.bytes).toBe(statSync(chosen).size);
    rmSync(chosen);
    expect(await invoke('transfer.import', { token: preview.token })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: `${chosen} could not be read.` },
    });
    expect(unwrap(await invoke('supervisees.list', {}))).toEqual([]);
  });
});
