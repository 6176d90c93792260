// Full-text search (drizzle/0012 and 0015, core/search). The index is kept by triggers: after
// random sequences of raw SQL writes to notes, sessions and reflections (insert, edit, soft delete,
// restore, delete, retag), every query must find exactly what a scan of the rows finds, worked out here in
// plain TypeScript with the same folding (case, diacritics) and prefix rule. Then the ranked,
// filtered, marked results through the registry. In-memory databases for the property test.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import { MARK_END, MARK_START, type SearchHit } from '../../src-main/contract/search';
import { ftsQuery, search } from '../../src-main/core/search/search';
import * as schema from '../../src-main/db/schema';
import { MIGRATIONS } from '../helpers/temp-vault';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const RUNS = Number(process.env.SEARCH_RUNS ?? 100);
// A small vocabulary so queries hit: accents and case on purpose.
const WORDS = ['pacing', 'Exposure', 'café', 'CAFE', 'grief', 'Grieving', 'rupture', 'élan', 'sleep', 'sleepy'];
const QUERIES = [
  'pac',
  'exposure',
  'cafe',
  'CAFÉ',
  'grie',
  'griev',
  'rup',
  'elan',
  'sleep',
  'sl',
  'nothing',
  'pac sle',
];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const tokens = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
// What a scan says: every query word is the start of some word of the record.
const scanMatches = (text: string, query: string) =>
  tokens(query).every((q) => tokens(text).some((t) => t.startsWith(q)));

function freshDb() {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  sqlite
    .prepare(
      `insert into supervisees (id, full_name, discipline, supervision_start, created_at, updated_at) values ` +
        `('00000000-0000-4000-8000-000000000001', 'Sample Person', 'other', '2026-01-01', 't', 't')`,
    )
    .run();
  return { sqlite, db };
}
const PERSON = '00000000-0000-4000-8000-000000000001';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const text = fc.array(fc.constantFrom(...WORDS, 'the', 'and'), { maxLength: 5 }).map((w) => w.join(' '));
const op = fc.oneof(
  fc.record({ op: fc.constant('note' as const), fields: fc.array(text, { minLength: 5, maxLength: 5 }) }),
  fc.record({ op: fc.constant('session' as const), fields: fc.array(text, { minLength: 3, maxLength: 3 }) }),
  fc.record({ op: fc.constant('edit' as const), n: fc.nat(), fields: fc.array(text, { minLength: 5, maxLength: 5 }) }),
  fc.record({ op: fc.constant('softDelete' as const), n: fc.nat(), deleted: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), n: fc.nat() }),
  fc.record({ op: fc.constant('reflect' as const), fields: fc.array(text, { minLength: 2, maxLength: 2 }) }),
  fc.record({ op: fc.constant('retag' as const), n: fc.nat(), fields: fc.array(text, { minLength: 1, maxLength: 1 }) }),
  fc.record({ op: fc.constant('unreflect' as const), n: fc.nat() }),
);

describe('the search index', () => {
  it('answers every query exactly as a scan of the rows does, after random writes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const { sqlite, db } = freshDb();
        let next = 10;
        const pick = (table: string, n: number) => {
          const ids = sqlite.prepare(`select id from ${table} order by id`).pluck().all() as string[];
          return ids.length ? ids[n % ids.length] : undefined;
        };
        for (const o of ops) {
          if (o.op === 'note') {
            const [concern, a, b, c, d] = o.fields;
            sqlite
              .prepare(
                `insert into case_notes (id, supervisee_id, date, case_code, presenting_concern, discussion, ` +
                  `guidance, reactions, plan, created_at, updated_at) values (?, ?, '2026-03-02', 'C-1', ?, ?, ?, ?, ` +
                  `?, 't', 't')`,
              )
              .run(uuid(next++), PERSON, concern, a, b, c, d);
          } else if (o.op === 'session') {
            const [topics, summary, follow] = o.fields;
            sqlite
              .prepare(
                `insert into supervision_sessions (id, supervisee_id, date, duration_minutes, format, modality, ` +
                  `topics, summary, follow_ups, created_at, updated_at) values (?, ?, '2026-03-02', 60, ` +
                  `'individual', 'video', ?, ?, ?, 't', 't')`,
              )
              .run(uuid(next++), PERSON, topics, summary, follow);
          } else if (o.op === 'edit') {
            const id = pick('case_notes', o.n);
            if (id)
              sqlite
                .prepare('update case_notes set discussion = ?, plan = ? where id = ?')
                .run(o.fields[0], o.fields[1], id);
            const sid = pick('supervision_sessions', o.n);
            if (sid) sqlite.prepare('update supervision_sessions set topics = ? where id = ?').run(o.fields[2], sid);
          } else if (o.op === 'softDelete') {
            const at = o.deleted ? 't' : null;
            const id = pick('case_notes', o.n);
            if (id) sqlite.prepare('update case_notes set deleted_at = ? where id = ?').run(at, id);
            const sid = pick('supervision_sessions', o.n + 1);
            if (sid) sqlite.prepare('update supervision_sessions set deleted_at = ? where id = ?').run(at, sid);
          } else if (o.op === 'reflect') {
            const [prompt, answer] = o.fields;
            sqlite
              .prepare(
                `insert into reflections (id, supervisee_id, set_id, set_version, prompt_id, prompt_text, answer, ` +
                  `reflected_on, created_at) values (?, ?, 'gibbs', '1', 'p', ?, ?, '2026-03-02', ` +
                  `'2026-03-02T10:00:00.000Z')`,
              )
              .run(uuid(next++), PERSON, prompt || 'asked', answer || 'answered');
          } else if (o.op === 'retag') {
            const id = pick('reflections', o.n);
            if (id)
              sqlite
                .prepare('update reflections set themes = ? where id = ?')
                .run(JSON.stringify(o.fields[0]!.split(' ').filter(Boolean)), id);
          } else if (o.op === 'unreflect') {
            const id = pick('reflections', o.n);
            if (id) sqlite.prepare('delete from reflections where id = ?').run(id);
          } else {
            const id = pick('case_notes', o.n);
            if (id) sqlite.prepare('delete from case_notes where id = ?').run(id);
          }
        }
        const rows = [
          ...(
            sqlite
              .prepare(
                "select id, case_code || ' ' || presenting_concern || ' ' || discussion || ' ' || guidance || ' ' " +
                  "|| reactions || ' ' || plan as t from case_notes where deleted_at is null",
              )
              .all() as { id: string; t: string }[]
          ).map((r) => ({ ...r, kind: 'note' })),
          ...(
            sqlite
              .prepare(
                "select id, topics || ' ' || summary || ' ' || cases_discussed || ' ' || follow_ups as t from " +
                  'supervision_sessions where deleted_at is null',
              )
              .all() as { id: string; t: string }[]
          ).map((r) => ({ ...r, kind: 'session' })),
          ...(
            sqlite.prepare("select id, prompt_text || ' ' || answer || ' ' || themes as t from reflections").all() as {
              id: string;
              t: string;
            }[]
          ).map((r) => ({ ...r, kind: 'reflection' })),
        ];
        for (const q of QUERIES) {
          const found = search(db, { text: q, risk: false, limit: 100 })
            .map((h) => `${h.kind}:${h.id}`)
            .sort();
          const scanned = rows
            .filter((r) => scanMatches(r.t, q))
            .map((r) => `${r.kind}:${r.id}`)
            .sort();
          expect(found, q).toEqual(scanned);
        }
        sqlite.close();
      }),
      { numRuns: RUNS },
    );
  });

  it('passes nothing typed through as query syntax', () => {
    expect(ftsQuery('pac* OR "x" NEAR(a b) -c')).toBe('"pac"* "OR"* "x"* "NEAR"* "a"* "b"* "c"*');
    expect(ftsQuery('  ,.;  ')).toBeNull();
  });
});

describe('search through the registry', () => {
  let v: RegistryVault;
  let ana: string;
  let ben: string;
  const call = <T>(ch: ChannelName, input: unknown) => v.call<T>(ch, input);

  beforeAll(async () => {
    v = await openRegistryVault();
    ana = await v.person('Ansel Marchbank');
    ben = await v.person('Brielle Fenwold');
    await call('notes.create', {
      superviseeId: ana,
      date: '2026-03-02',
      caseCode: 'C-1',
      presentingConcern: 'Panic at the café',
      discussion: 'Pacing of exposure; avoidance of the lift',
      riskFlags: ['suicide_risk'],
    });
    await call('notes.create', { superviseeId: ben, date: '2026-04-02', caseCode: 'K-2', plan: 'Exposure homework' });
    await call('sessions.create', {
      superviseeId: ana,
      date: '2026-03-09',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
      topics: 'Exposure hierarchy review',
    });
  });
  afterAll(() => v.close());

  it('ranks, marks the words found, folds case and accents, and filters', async () => {
    const q = (input: Record<string, unknown>) => call<SearchHit[]>('search.query', input);
    const all = await q({ text: 'expos' });
    expect(all.map((h) => [h.kind, h.superviseeName]).sort()).toEqual([
      ['note', 'Ansel Marchbank'],
      ['note', 'Brielle Fenwold'],
      ['session', 'Ansel Marchbank'],
    ]);
    // A title match outranks a body match.
    expect(all[0]!.kind).toBe('session');
    const cafe = await q({ text: 'CAFE' });
    expect(cafe).toHaveLength(1);
    expect(cafe[0]).toMatchObject({ caseCode: 'C-1', riskFlags: ['suicide_risk'], date: '2026-03-02' });
    expect(cafe[0]!.title).toBe(`C-1 Panic at the ${MARK_START}café${MARK_END}`);
    expect((await q({ text: 'pacing exp' }))[0]!.snippet).toContain(`${MARK_START}Pacing${MARK_END}`);
    expect(await q({ text: 'expos', superviseeId: ben })).toHaveLength(1);
    expect(await q({ text: 'expos', kind: 'session' })).toHaveLength(1);
    expect(await q({ text: 'expos', from: '2026-03-05', to: '2026-03-31' })).toHaveLength(1);
    expect((await q({ text: 'expos', risk: true })).map((h) => h.caseCode)).toEqual(['C-1']);
    expect(await q({ text: '' })).toEqual([]);
  });

  it('forgets a deleted note and finds it again when it is restored', async () => {
    const [hit] = await call<SearchHit[]>('search.query', { text: 'homework' });
    await call('notes.delete', { id: hit!.id });
    expect(await call('search.query', { text: 'homework' })).toEqual([]);
    await call('notes.restore', { id: hit!.id });
    expect(await call<SearchHit[]>('search.query', { text: 'homework' })).toHaveLength(1);
  });

  it('finds a reflection by answer, prompt or theme, with its case code, and filters to reflections', async () => {
    await call('reflections.save', {
      superviseeId: ben,
      setId: 'seven-eyed',
      caseCode: 'K-2',
      themes: ['countertransference'],
      answers: [{ promptId: 'stirred', answer: 'A wish to rescue the client' }],
    });
    const q = (input: Record<string, unknown>) => call<SearchHit[]>('search.query', input);
    const [hit] = await q({ text: 'rescue' });
    expect(hit).toMatchObject({ kind: 'reflection', superviseeName: 'Brielle Fenwold', caseCode: 'K-2' });
    expect(hit!.title).toBe('What did this case stir in you?');
    expect((await q({ text: 'counter' })).map((h) => h.kind)).toEqual(['reflection']);
    expect((await q({ text: 'stir' })).map((h) => h.kind)).toEqual(['reflection']);
    expect(await q({ text: 'rescue', kind: 'note' })).toEqual([]);
    expect(await q({ text: 'expos', kind: 'reflection' })).toEqual([]);
  });
});
