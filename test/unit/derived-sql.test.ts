// The views and triggers that derive the timeline and the search index are generated from the
// features' declarations; the migrations hold what was generated. This holds the live database to
// the generator (so neither drifts), and builds a throwaway kind of record through the same path to
// show a new feature needs no engine edited.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { derivedSql, liveDerived } from '../../src-main/core/derived/derived-sql';
import type { Feature } from '../../src-main/core/feature';
import { FEATURES } from '../../src-main/core/features';
import { TIMELINE_DETAIL, TIMELINE_KINDS } from '../../src-main/contract/timeline';
import { searchSql, type SearchArm } from '../../src-main/core/search/search-sql';
import { timelineSql, type TimelineArm } from '../../src-main/core/timeline/timeline-sql';
import { join } from 'node:path';
import { MIGRATIONS, newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';
import { STAMP, superviseeRecord } from '../helpers/records';

function migrated(): Database.Database {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS });
  return sqlite;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('derived SQL', () => {
  it('is in the live database exactly as the generator writes it from the declarations, and nothing else is', () => {
    const sqlite = migrated();
    const live = liveDerived(sqlite).sort(byName);
    const wanted = derivedSql().sort(byName);
    expect(live.map((o) => o.name)).toEqual(wanted.map((o) => o.name));
    for (const [i, o] of wanted.entries()) expect(live[i]!.sql, o.name).toBe(o.sql);
    sqlite.close();
  });

  it('gives every timeline kind one arm and every searchable kind one arm', () => {
    const timeline = FEATURES.flatMap((f: Feature) => f.timeline ?? []).map((a) => a.kind);
    const search = FEATURES.flatMap((f: Feature) => f.search ?? []).map((a) => a.kind);
    expect(new Set(timeline).size).toBe(timeline.length);
    expect(new Set(search).size).toBe(search.length);
  });

  it('names each kind’s timeline facts as the contract does, so the renderer reads them without a cast', () => {
    const arms = FEATURES.flatMap((f: Feature) => f.timeline ?? []);
    expect(arms.map((a) => a.kind).sort()).toEqual([...TIMELINE_KINDS].sort());
    for (const a of arms)
      expect(Object.keys(a.detail).sort(), a.kind).toEqual(Object.keys(TIMELINE_DETAIL[a.kind].shape).sort());
  });

  it('keeps the index and the timeline whole when a supervisee with every kind of record is deleted', async () => {
    // Their reflections lose their session by a foreign key's action (ON DELETE SET NULL), which
    // fires the generated update triggers inside the cascade.
    const dir = tempDir();
    const core = newCore(join(dir.path, 'vault'));
    const t = { trusted: true };
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
    const [person] = unwrap(await core.registry.invoke('supervisees.list', {}, t)) as {
      id: string;
      fullName: string;
    }[];
    unwrap(await core.registry.invoke('supervisees.archive', { id: person!.id }, t));
    unwrap(await core.registry.invoke('supervisees.delete', { id: person!.id, confirmName: person!.fullName }, t));
    const sqlite = core.vault.openVault().sqlite;
    const count = (q: string) => sqlite.prepare(q).pluck().get(person!.id) as number;
    expect(count('select count(*) from search_index where supervisee_id = ?')).toBe(0);
    expect(count('select count(*) from timeline_events where supervisee_id = ?')).toBe(0);
    expect(sqlite.prepare('select count(*) from search_rows').pluck().get()).toBe(
      sqlite.prepare('select count(*) from search_index').pluck().get(),
    );
    expect(() => sqlite.exec("insert into search_index (search_index) values ('integrity-check')")).not.toThrow();
    core.vault.lock();
    dir.cleanup();
  });

  it('takes a new kind of record onto the timeline and into search with no engine edited', () => {
    const sqlite = migrated();
    // A throwaway feature: its table, and what it lends the timeline and search.
    const memos = sqliteTable('memos', {
      id: text('id').primaryKey(),
      superviseeId: text('supervisee_id').notNull(),
      day: text('day').notNull(),
      words: text('words').notNull(),
    });
    sqlite.exec(
      'create table memos (id text primary key, supervisee_id text not null references supervisees(id), day text ' +
        'not null, words text not null)',
    );
    const event: TimelineArm = {
      kind: 'memo' as TimelineArm['kind'],
      table: memos,
      alias: 'm',
      at: 'm.day',
      label: 'substr(m.words, 1, 140)',
      detail: { length: 'length(m.words)' },
    };
    const searchable: SearchArm = {
      kind: 'memo' as SearchArm['kind'],
      table: memos,
      alias: 'm',
      day: 'm.day',
      title: "'Memo'",
      body: ['m.words'],
    };
    const timeline = [...FEATURES.flatMap((f: Feature) => f.timeline ?? []), event];
    const search = [...FEATURES.flatMap((f: Feature) => f.search ?? []), searchable];
    // What `npm run db:derived` would write: the generated objects replace the live ones.
    for (const o of liveDerived(sqlite)) sqlite.exec(`drop ${o.type} ${o.name}`);
    for (const o of [...timelineSql(timeline), ...searchSql(search)]) sqlite.exec(o.sql);

    const person = superviseeRecord();
    sqlite
      .prepare(
        `insert into supervisees (id, full_name, discipline, licence_track, registration_number, program, site,
          supervision_start, status, created_at, updated_at) values (?, ?, ?, '', '', '', '', ?, 'active', ?, ?)`,
      )
      .run(person.id, person.fullName, person.discipline, person.supervisionStart, STAMP, STAMP);
    const memoId = '7c6b90dc-add2-430d-9827-1c304c1d23e1';
    sqlite.prepare('insert into memos values (?, ?, ?, ?)').run(memoId, person.id, '2026-02-03', 'tern estuary survey');
    const events = () =>
      sqlite.prepare("select kind, at, label, detail from timeline_events where kind = 'memo'").all();
    expect(events()).toEqual([
      { kind: 'memo', at: '2026-02-03', label: 'tern estuary survey', detail: '{"length":19}' },
    ]);
    const found = (word: string) =>
      sqlite.prepare('select kind, record_id from search_index where search_index match ?').all(`"${word}"*`);
    expect(found('estuary')).toEqual([{ kind: 'memo', record_id: memoId }]);

    sqlite.prepare('update memos set words = ? where id = ?').run('heron marsh count', memoId);
    expect(found('estuary')).toEqual([]);
    expect(found('heron')).toEqual([{ kind: 'memo', record_id: memoId }]);
    expect(events()).toEqual([{ kind: 'memo', at: '2026-02-03', label: 'heron marsh count', detail: '{"length":17}' }]);

    sqlite.prepare('delete from memos where id = ?').run(memoId);
    expect(events()).toEqual([]);
    expect(found('heron')).toEqual([]);
    expect(sqlite.prepare('select count(*) from search_rows').pluck().get()).toBe(0);
    expect(() => sqlite.exec("insert into search_index (search_index) values ('integrity-check')")).not.toThrow();
    sqlite.close();
  });
});
