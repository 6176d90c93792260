// Upgrading from every earlier schema version keeps every row (docs/targets.md, Safety). For each version
// k, a database is migrated to k, filled with the rows a current vault holds (the columns version k
// has), then upgraded to the latest: every row must come through unchanged, and derived tables must
// equal what the current vault built as the rows were written. In memory: nothing touches the disk
// but the copied migration scripts.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src-main/core/audit/audit-log';
import { importEntities } from '../../src-main/core/data-transfer/data-transfer';
import { generateSampleData } from '../../src-main/core/sample-data/generate';
import { signPeriod } from '../../src-main/core/signing/signing';
import { writeNewNote } from '../../src-main/core/notes/notes';
import { noteDraftStore, reflectionDraftStore } from '../../src-main/core/drafts/drafts';
import { saveReflections } from '../../src-main/core/reflections/reflections';
import { createPromptSet } from '../../src-main/core/reflections/prompt-sets';
import { preparePrompts, takeUpPrepared } from '../../src-main/core/reflections/prepared';
import * as schema from '../../src-main/db/schema';
import { getTableName } from 'drizzle-orm';
import type { Feature } from '../../src-main/core/feature';
import { FEATURES, TRANSFER_LISTS } from '../../src-main/core/features';
import { MIGRATIONS } from '../helpers/temp-vault';
import { migrationCopies } from '../helpers/migrations-up-to';

// Tables in the order rows can be inserted (parents first): the features' lists, in the order the
// JSON format writes them, then the app's own tables that are not records.
const BASE_TABLES = [
  ...TRANSFER_LISTS.map((l) => getTableName(l.table)),
  'settings',
  'audit_events',
  'note_drafts',
  'reflection_drafts',
];
// Kept by triggers from the base tables; rebuilt by the migration that introduces them.
const DERIVED_TABLES = ['hours_by_day'];
// The exchange's tables: sample data has no second vault to pair with, so they stay empty here, and
// no earlier version had them to upgrade.
const EXCHANGE_TABLES = ['exchange_identity', 'exchange_peers', 'exchange_packets', 'hours_resolutions'];

const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const copies = migrationCopies();
afterAll(() => copies.cleanup());
const migrationsUpTo = copies.upTo;

function open(): Database.Database {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

const tablesOf = (s: Database.Database) =>
  s
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != " +
        "'__drizzle_migrations' and name not like 'search_%'",
    )
    .pluck()
    .all() as string[];
const columnsOf = (s: Database.Database, t: string) =>
  s.prepare(`select name from pragma_table_info(?)`).pluck().all(t) as string[];
const rowsOf = (s: Database.Database, t: string, cols: string[]) =>
  s
    .prepare(
      `select ${cols.map((c) => `"${c}"`).join(', ')} from "${t}" ` +
        `order by ${columnsOf(s, t).includes('id') ? 'id' : 'rowid'}`,
    )
    .all();

// A current vault with a bit of everything: sample supervisees, sessions and hours (one session
// soft-deleted), a setting, audit events, and a signed period.
function currentVault(): Database.Database {
  const sqlite = open();
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  const data = generateSampleData({ scale: 'small', seed: 7 });
  importEntities(db, data);
  // Theme tags came after reflections: a vault from between upgrades to none, and the index agrees.
  sqlite.prepare("update reflections set themes = '[]'").run();
  sqlite
    .prepare('update supervision_sessions set deleted_at = ? where id = ?')
    .run('2026-10-01T00:00:00.000Z', data.sessions[3]!.id);
  sqlite.prepare('insert into settings (key, value, updated_at) values (?, ?, ?)').run('autoLockMinutes', '10', 1);
  appendAudit(db, 'unlocked');
  appendAudit(db, 'exported', { what: 'test' });
  const person = data.supervisees[0]!;
  signPeriod(db, {
    superviseeId: person.id,
    from: '2026-01-05',
    to: '2026-01-11',
    supervisorName: 'Sample Supervisor',
    supervisorLicence: 'SAMPLE-LIC-1',
    signedOn: '2026-01-12',
  });
  const note = writeNewNote(db, {
    superviseeId: person.id,
    sessionId: data.sessions.find((x) => x.superviseeId === person.id)!.id,
    date: '2026-01-06',
    caseCode: 'C-7',
    presentingConcern: 'Sample concern',
    discussion: '',
    guidance: '',
    reactions: '',
    plan: '',
    riskFlags: ['boundary'],
    identifiersReason: 'Sample reason',
    actions: [{ text: 'Sample action', due: '2026-01-20', done: false, doneOn: null }],
  });
  saveReflections(db, {
    superviseeId: person.id,
    setId: 'gibbs',
    sessionId: null,
    caseCode: 'C-7',
    goalId: null,
    themes: [],
    answers: [{ promptId: 'feeling', answer: 'Sample answer' }],
  });
  const own = createPromptSet(db, {
    name: 'Sample set',
    model: '',
    prompts: [{ text: 'Sample prompt?' }],
  });
  preparePrompts(db, person.id, [{ setId: own.id, promptId: 'p1' }], new Date('2026-01-05T10:00:00Z'));
  takeUpPrepared(db, person.id, data.sessions.find((x) => x.superviseeId === person.id)!.id, '2026-01-06');
  reflectionDraftStore.save(
    db,
    { superviseeId: person.id, setId: 'gibbs' },
    {
      sessionId: null,
      caseCode: '',
      goalId: null,
      themes: '',
      answers: { 'gibbs-feeling': 'Half typed' },
    },
  );
  noteDraftStore.save(
    db,
    { superviseeId: person.id, noteId: note.id },
    { ...note, actions: [], identifiersReason: null, discussion: 'Half typed' },
  );
  return sqlite;
}

describe('upgrading from every earlier schema version', () => {
  const source = currentVault();
  const tables = tablesOf(source);

  it('knows every table of the current schema', () => {
    expect([...tables].sort()).toEqual(
      [...BASE_TABLES, ...DERIVED_TABLES, ...EXCHANGE_TABLES, 'timeline_events'].sort(),
    );
    expect(source.prepare('select count(*) from timeline_events').pluck().get()).toBeGreaterThan(5);
    for (const t of BASE_TABLES)
      expect((source.prepare(`select count(*) from "${t}"`).pluck().get() as number) > 0, t).toBe(true);
  });

  for (let version = 1; version < journal.entries.length; version++) {
    it(`keeps every row from version ${version} (${journal.entries[version - 1]!.tag})`, () => {
      const old = open();
      migrate(drizzle(old), { migrationsFolder: migrationsUpTo(version) });
      const copied: Record<string, string[]> = {};
      for (const t of BASE_TABLES) {
        if (!tablesOf(old).includes(t)) continue;
        const cols = columnsOf(old, t).filter((c) => columnsOf(source, t).includes(c));
        const insert = old.prepare(
          `insert into "${t}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`,
        );
        for (const row of rowsOf(source, t, cols) as Record<string, unknown>[]) insert.run(...cols.map((c) => row[c]));
        copied[t] = cols;
      }
      expect(Object.keys(copied).length).toBeGreaterThan(0);

      migrate(drizzle(old), { migrationsFolder: MIGRATIONS });
      expect(old.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(journal.entries.length);
      for (const [t, cols] of Object.entries(copied)) expect(rowsOf(old, t, cols), t).toEqual(rowsOf(source, t, cols));
      // Derived tables are rebuilt from whatever base rows came across.
      if (Object.keys(copied).includes('client_hours')) {
        for (const t of DERIVED_TABLES) {
          const cols = columnsOf(source, t);
          const sorted = (s: Database.Database) =>
            s.prepare(`select * from "${t}" order by ${cols.slice(0, 2).join(', ')}`).all();
          const rebuilt = sorted(old) as Record<string, number>[];
          const kept = sorted(source) as Record<string, number>[];
          expect(rebuilt.length, t).toBe(kept.length);
          rebuilt.forEach((r, i) => {
            for (const c of cols) {
              if (typeof r[c] === 'number') expect(r[c], `${t}.${c}`).toBeCloseTo(kept[i]![c]!, 9);
              else expect(r[c], `${t}.${c}`).toBe(kept[i]![c]);
            }
          });
        }
      }
      // The timeline's events are rebuilt from whatever came across: the table equals its view, and
      // once every kind of record can come across, it equals the current vault's.
      const events = (s: Database.Database, from: string) => s.prepare(`select * from ${from} order by id, kind`).all();
      expect(events(old, 'timeline_events')).toEqual(events(old, 'timeline_source'));
      if ('feedback_received' in copied)
        expect(events(old, 'timeline_events')).toEqual(events(source, 'timeline_events'));
      // The full-text index (a virtual table with shadow tables, so not among the tables above) holds
      // exactly the counted notes, sessions and reflections that came across.
      const indexed = (s: Database.Database) =>
        s.prepare('select kind, record_id, title, body from search_index order by kind, record_id').all() as {
          kind: string;
        }[];
      const cameAcross = Object.fromEntries(
        FEATURES.flatMap((f: Feature) => f.search ?? []).map((a) => [a.kind, getTableName(a.table)]),
      );
      const expected = indexed(source).filter((r) => cameAcross[r.kind]! in copied);
      expect(indexed(old)).toEqual(expected);
      if ('supervision_sessions' in copied) expect(expected.length).toBeGreaterThan(0);
      // Every index row has its own row in search_rows, and nothing else does.
      expect(old.prepare('select rowid, kind, record_id from search_index order by rowid').all()).toEqual(
        old
          .prepare(
            'select r.id as rowid, r.kind, r.record_id from search_rows r where r.id in (select rowid from ' +
              'search_index) order by r.id',
          )
          .all(),
      );
      // FTS5's own check: the index agrees with the rows it holds (it throws if not).
      expect(() => old.exec("insert into search_index (search_index) values ('integrity-check')")).not.toThrow();
      expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(old.pragma('foreign_key_check')).toEqual([]);
      old.close();
    });
  }
});
