// Settings' whole-vault export and import, through the registry as the page calls them: the export
// is the CLI's file; an import is previewed (what the file holds, or every refusal by place) with
// nothing written, and only a previewed file is imported, all of it or nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import type { ImportPreview } from '../../src-main/contract/data-transfer';
import { createAppCore } from '../../src-main/core/app/app-core';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const dir = tempDir();
afterAll(() => dir.cleanup());
// The dialogs answer with files in the test's folder: the save dialog with its own name, the open
// dialog with whatever the test set.
let toOpen: string | null = null;
const files = {
  chooseSavePath: async (name: string) => join(dir.path, name),
  chooseFolder: async () => null,
  chooseFile: async () => toOpen,
};
const open = (name: string) => {
  const core = createAppCore({ vaultDir: join(dir.path, name), migrationsFolder: MIGRATIONS, kdf: TEST_KDF, files });
  const call = async <T>(ch: ChannelName, input: unknown) =>
    unwrap(await core.registry.invoke(ch, input as never, { trusted: true })) as T;
  return { core, call };
};
let from: ReturnType<typeof open>;
let to: ReturnType<typeof open>;
let exported: string;

beforeAll(async () => {
  from = open('from');
  to = open('to');
  await from.call('vault.create', { passphrase: PASSPHRASE, sampleData: true });
  await to.call('vault.create', { passphrase: PASSPHRASE });
});
afterAll(() => {
  from.core.vault.lock();
  to.core.vault.lock();
});

describe('whole-vault JSON from Settings', () => {
  it('exports the vault as the command line does, and says where', async () => {
    const saved = await from.call<{ path: string }>('transfer.exportJson', {});
    expect(saved.path).toMatch(/alliance-export-\d{4}-\d{2}-\d{2}\.json$/);
    exported = saved.path;
    const doc = JSON.parse(readFileSync(exported, 'utf8')) as { format: string; entities: { supervisees: unknown[] } };
    expect(doc.format).toBe('alliance-export');
    expect(doc.entities.supervisees.length).toBeGreaterThan(0);
  });

  it('previews what a file would add with nothing written, then imports exactly that', async () => {
    toOpen = exported;
    const preview = await to.call<ImportPreview>('transfer.previewImport', {});
    const doc = JSON.parse(readFileSync(exported, 'utf8')) as {
      entities: { supervisees: unknown[]; sessions: unknown[]; caseNotes: unknown[]; reflections: unknown[] };
    };
    expect(preview.counts).toEqual({
      supervisees: doc.entities.supervisees.length,
      sessions: doc.entities.sessions.length,
      caseNotes: doc.entities.caseNotes.length,
      reflections: doc.entities.reflections.length,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.token).not.toBeNull();
    // Nothing was written by the preview.
    expect(await to.call<unknown[]>('supervisees.list', {})).toEqual([]);
    const counts = await to.call('transfer.import', { token: preview.token });
    expect(counts).toEqual(preview.counts);
    expect((await to.call<unknown[]>('supervisees.list', {})).length).toBe(doc.entities.supervisees.length);
    // A token is good for one import.
    const again = await to.core.registry.invoke('transfer.import', { token: preview.token! }, { trusted: true });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists every refusal by its place in the file and offers nothing to import', async () => {
    const doc = JSON.parse(readFileSync(exported, 'utf8')) as {
      entities: { sessions: { date: string }[] };
    };
    doc.entities.sessions[2]!.date = '2999-01-01';
    const broken = join(dir.path, 'broken.json');
    writeFileSync(broken, JSON.stringify(doc));
    toOpen = broken;
    const before = await to.call<unknown[]>('supervisees.list', {});
    const preview = await to.call<ImportPreview>('transfer.previewImport', {});
    expect(preview.token).toBeNull();
    expect(preview.counts).toBeNull();
    // Every id is already in this vault too, so the date is one refusal among many.
    expect(preview.problems).toContainEqual({ location: 'entities.sessions[2].date', message: expect.any(String) });
    expect(preview.problemCount).toBeGreaterThanOrEqual(preview.problems.length);
    expect(await to.call<unknown[]>('supervisees.list', {})).toEqual(before);
  });

  it('says nothing and keeps nothing when the dialog is cancelled', async () => {
    toOpen = null;
    expect(await to.call<ImportPreview>('transfer.previewImport', {})).toMatchObject({ token: null, counts: null });
  });
});
