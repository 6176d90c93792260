// A new kind of record reaches the JSON import through its own feature module only: a throwaway
// "memos" feature (its table, its record, its rules) is imported and checked by the same engine,
// with no line of the engine changed. Its timeline and search half is in derived-sql.test.ts.
import { eq } from 'drizzle-orm';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ChannelTable } from '../../src-main/contract/channel-table';
import { id, isoDate } from '../../src-main/contract/common';
import { examplesOf } from '../../src-main/core/app/channel-examples';
import { handlersOf } from '../../src-main/core/app/handlers';
import { ImportError, Importer } from '../../src-main/core/data-transfer/importer';
import { recordsFromValue } from '../../src-main/core/data-transfer/import-source';
import { isoTimestamp } from '../../src-main/core/data-transfer/record-fields';
import { featureTransfer, transferList } from '../../src-main/core/data-transfer/transfer-list';
import { defineFeature } from '../../src-main/core/feature';
import { FEATURES } from '../../src-main/core/features';
import { MODULES } from '../../src-main/core/modules';
import type { AppCore } from '../../src-main/core/app/app-core';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';
import { STAMP, superviseeRecord } from '../helpers/records';

const memos = sqliteTable('memos', {
  id: text('id').primaryKey(),
  superviseeId: text('supervisee_id').notNull(),
  writtenOn: text('written_on').notNull(),
  text: text('text').notNull(),
  createdAt: text('created_at').notNull(),
});
const importedMemo = z.strictObject({
  id,
  superviseeId: id,
  writtenOn: isoDate,
  text: z.string().trim().min(1).max(200),
  createdAt: isoTimestamp,
});
const memo = z.strictObject({ id, writtenOn: isoDate, text: z.string() });
const memoChannels = {
  'memos.list': { input: z.strictObject({ superviseeId: id }), output: z.array(memo), reads: ['memos'] },
} satisfies ChannelTable;
const memosFeature = defineFeature({
  name: 'memos',
  channels: memoChannels,
  handlers: ({ db }) => ({
    'memos.list': (i) =>
      db()
        .select({ id: memos.id, writtenOn: memos.writtenOn, text: memos.text })
        .from(memos)
        .where(eq(memos.superviseeId, i.superviseeId))
        .all(),
  }),
  examples: (ids) => ({ 'memos.list': { superviseeId: ids.supervisee } }),
  transfer: featureTransfer(
    [transferList({ list: 'memos', table: memos, record: importedMemo, limit: 10, what: 'A memo' })],
    {
      checks: (ctx) => ({
        memos: (m, at) => {
          ctx.needsPerson(`${at}.superviseeId`, m.superviseeId);
          ctx.day(m.writtenOn, `${at}.writtenOn`, 'The memo date');
        },
      }),
    },
  ),
});

const person = superviseeRecord();
const memoRecord = (over: Record<string, unknown> = {}) => ({
  id: '9d6b90dc-add2-430d-9827-1c304c1d23e1',
  superviseeId: person.id,
  writtenOn: '2026-02-03',
  text: 'Asked about the licensure exam',
  createdAt: STAMP,
  ...over,
});
const file = (entities: Record<string, unknown>) => ({
  format: 'alliance-export',
  version: 6,
  exportedAt: STAMP,
  entities: { supervisees: [person], ...entities },
});

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
beforeEach(async () => {
  dir = tempDir();
  core = newCore(join(dir.path, 'vault'));
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, { trusted: true }));
  core.vault
    .openVault()
    .sqlite.exec(
      'create table memos (id text primary key, supervisee_id text not null references supervisees(id), ' +
        'written_on text not null, text text not null, created_at text not null)',
    );
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
});

const importWith = (features: typeof FEATURES | readonly unknown[], json: unknown) =>
  core.vault.db().transaction((tx) => {
    const importer = new Importer(tx, features as never);
    return importer.finish(recordsFromValue(json, importer));
  });
const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportError) return e.problems;
    throw e;
  }
  return [];
};

describe('a throwaway feature through the import engine', () => {
  it('imports its records and checks them by its own rules, with no engine edited', () => {
    const features = [...FEATURES, memosFeature];
    expect(problemsOf(() => importWith(features, file({ memos: [memoRecord()] })))).toEqual([]);
    const sqlite = core.vault.openVault().sqlite;
    expect(sqlite.prepare('select supervisee_id, written_on, text from memos').all()).toEqual([
      { supervisee_id: person.id, written_on: '2026-02-03', text: 'Asked about the licensure exam' },
    ]);

    const bad = file({
      supervisees: [],
      memos: [
        memoRecord({ id: '9d6b90dc-add2-430d-9827-1c304c1d23e2', writtenOn: '2999-01-01' }),
        memoRecord({
          id: '9d6b90dc-add2-430d-9827-1c304c1d23e3',
          superviseeId: '9d6b90dc-add2-430d-9827-1c304c1d23e9',
        }),
        memoRecord({ id: '9d6b90dc-add2-430d-9827-1c304c1d23e4', text: '' }),
      ],
    });
    expect(problemsOf(() => importWith(features, bad)).map((p) => p.location)).toEqual([
      'entities.memos[0].writtenOn',
      'entities.memos[2].text',
      'entities.memos[1].superviseeId',
    ]);
    expect(sqlite.prepare('select count(*) from memos').pluck().get()).toBe(1);
  });

  it('refuses the list as unknown where no feature lends it: the format is the features’ lists', () => {
    const problems = problemsOf(() => importWith(FEATURES, file({ memos: [memoRecord()] })));
    expect(problems.map((p) => p.location)).toEqual(['entities']);
  });
});

describe('a throwaway feature through the handler table and the fuzzer', () => {
  it('serves its channels and lends its example requests by its module alone', async () => {
    const modules = [...MODULES, memosFeature];
    const deps = { db: () => core.vault.db(), files: {} as never, vault: core.vault, backups: core.backups };
    const handlers = handlersOf(modules, deps);
    // Every existing channel is still served, and the memo's list is served by the memo's module.
    expect(Object.keys(handlers).sort()).toEqual([...Object.keys(handlersOf(MODULES, deps)), 'memos.list'].sort());
    const ids = { supervisee: person.id, session: 's', note: 'n', action: 'a', passphrase: PASSPHRASE };
    expect(examplesOf(modules, ids)['memos.list']).toEqual({ superviseeId: person.id });

    expect(problemsOf(() => importWith([...FEATURES, memosFeature], file({ memos: [memoRecord()] })))).toEqual([]);
    const list = handlers['memos.list'] as (i: { superviseeId: string }) => unknown;
    expect(list({ superviseeId: person.id })).toEqual([
      { id: memoRecord().id, writtenOn: '2026-02-03', text: 'Asked about the licensure exam' },
    ]);
  });
});
