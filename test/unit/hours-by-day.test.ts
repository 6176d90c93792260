// hours_by_day is kept by triggers (drizzle/0007). Random sequences of every kind of write, through
// raw SQL so that no app code path helps, must leave it equal to totals worked out here in plain
// TypeScript from the base tables; and the summary read from it must equal one worked out from the
// raw rows. In-memory databases: nothing touches the disk.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../../src-main/contract/enums';
import { weekStart } from '../../src-main/contract/dates';
import { hoursRollup, hoursSummary } from '../../src-main/core/hours/hours-summary';
import * as schema from '../../src-main/db/schema';
import { MIGRATIONS } from '../helpers/temp-vault';
import { bulkLoad } from '../../src-main/core/data-transfer/bulk-load';

const RUNS = Number(process.env.HOURS_BY_DAY_RUNS ?? 150);
const PEOPLE = ['p0', 'p1'];
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-09', '2026-04-30'];

function freshDb() {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { sqlite, db };
}

type Sqlite = Database.Database;
const addPerson = (s: Sqlite, id: string) =>
  s
    .prepare(
      `insert or ignore into supervisees (id, full_name, discipline, supervision_start, created_at, updated_at) ` +
        `values (?, 'Sample Person', 'counseling_associate', '2026-01-01', 't', 't')`,
    )
    .run(id);
const pickId = (s: Sqlite, table: string, n: number): string | undefined => {
  const ids = s.prepare(`select id from ${table} order by id`).pluck().all() as string[];
  return ids.length ? ids[n % ids.length] : undefined;
};

const sessionFields = fc.record({
  person: fc.nat(PEOPLE.length - 1),
  day: fc.constantFrom(...DAYS),
  minutes: fc.integer({ min: 1, max: 720 }),
  format: fc.constantFrom(...SESSION_FORMATS),
  modality: fc.constantFrom(...SESSION_MODALITIES),
  observation: fc.constantFrom(...OBSERVATIONS),
});
const hourFields = fc.record({
  person: fc.nat(PEOPLE.length - 1),
  day: fc.constantFrom(...DAYS),
  activity: fc.option(fc.constantFrom(...DIRECT_ACTIVITIES), { nil: null }),
  hours: fc.double({ min: 0.01, max: 100, noNaN: true }),
});

type SessionFields = typeof sessionFields extends fc.Arbitrary<infer T> ? T : never;
type HourFields = typeof hourFields extends fc.Arbitrary<infer T> ? T : never;
type Op =
  | { op: 'session'; f: SessionFields; deleted: boolean }
  | { op: 'hours'; f: HourFields; link: number | null }
  | { op: 'editSession'; pick: number; f: SessionFields }
  | { op: 'softDelete' | 'restore' | 'deleteSession' | 'deleteHours'; pick: number }
  | { op: 'editHours'; pick: number; f: HourFields; link: number | null }
  | { op: 'deletePerson' | 'addPerson'; person: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('session' as const), f: sessionFields, deleted: fc.boolean() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('hours' as const),
      f: hourFields,
      link: fc.option(fc.nat(50), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('editSession' as const), pick: fc.nat(50), f: sessionFields }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('softDelete' as const, 'restore' as const, 'deleteSession' as const, 'deleteHours' as const),
      pick: fc.nat(50),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('editHours' as const),
      pick: fc.nat(50),
      f: hourFields,
      link: fc.option(fc.nat(50), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constantFrom('deletePerson' as const, 'addPerson' as const),
      person: fc.nat(PEOPLE.length - 1),
    }),
  },
);

let seq = 0;
function apply(s: Sqlite, o: Op): void {
  const id = () => `r${String(++seq).padStart(6, '0')}`;
  switch (o.op) {
    case 'session': {
      const f = o.f;
      s.prepare(
        `insert into supervision_sessions (id, supervisee_id, date, duration_minutes, format, group_size, ` +
          `modality, observation, deleted_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 't', 't')`,
      ).run(
        id(),
        PEOPLE[f.person],
        f.day,
        f.minutes,
        f.format,
        f.format === 'group' ? 4 : null,
        f.modality,
        f.observation,
        o.deleted ? 'x' : null,
      );
      return;
    }
    case 'hours': {
      const f = o.f;
      const session = o.link === null ? null : (pickId(s, 'supervision_sessions', o.link) ?? null);
      s.prepare(
        `insert into client_hours (id, supervisee_id, session_id, period_start, period_end, kind, activity, hours, ` +
          `created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 't')`,
      ).run(id(), PEOPLE[f.person], session, f.day, f.day, f.activity ? 'direct' : 'indirect', f.activity, f.hours);
      return;
    }
    case 'editSession': {
      const target = pickId(s, 'supervision_sessions', o.pick);
      const f = o.f;
      if (target)
        s.prepare(
          `update supervision_sessions set supervisee_id = ?, date = ?, duration_minutes = ?, format = ?, ` +
            `group_size = ?, modality = ?, observation = ? where id = ?`,
        ).run(
          PEOPLE[f.person],
          f.day,
          f.minutes,
          f.format,
          f.format === 'group' ? 5 : null,
          f.modality,
          f.observation,
          target,
        );
      return;
    }
    case 'softDelete':
    case 'restore': {
      const target = pickId(s, 'supervision_sessions', o.pick);
      if (target)
        s.prepare(`update supervision_sessions set deleted_at = ? where id = ?`).run(
          o.op === 'softDelete' ? 'x' : null,
          target,
        );
      return;
    }
    case 'deleteSession':
    case 'deleteHours': {
      const table = o.op === 'deleteSession' ? 'supervision_sessions' : 'client_hours';
      const target = pickId(s, table, o.pick);
      if (target) s.prepare(`delete from ${table} where id = ?`).run(target);
      return;
    }
    case 'editHours': {
      const target = pickId(s, 'client_hours', o.pick);
      const f = o.f;
      const session = o.link === null ? null : (pickId(s, 'supervision_sessions', o.link) ?? null);
      if (target)
        s.prepare(
          `update client_hours set supervisee_id = ?, session_id = ?, period_start = ?, period_end = ?, kind = ?, ` +
            `activity = ?, hours = ? where id = ?`,
        ).run(PEOPLE[f.person], session, f.day, f.day, f.activity ? 'direct' : 'indirect', f.activity, f.hours, target);
      return;
    }
    case 'deletePerson':
      s.prepare('delete from supervisees where id = ?').run(PEOPLE[o.person]);
      return;
    case 'addPerson':
      addPerson(s, PEOPLE[o.person]!);
  }
}

interface SessionRow {
  id: string;
  supervisee_id: string;
  date: string;
  duration_minutes: number;
  format: string;
  modality: string;
  observation: string;
  deleted_at: string | null;
}
interface HourRow {
  supervisee_id: string;
  session_id: string | null;
  period_end: string;
  kind: string;
  activity: string | null;
  hours: number;
}
const OBS_COLUMN: Record<string, string> = {
  none: 'unobserved',
  live: 'live_observed',
  video: 'video_observed',
  audio: 'audio_observed',
};

// The definition, written independently of the triggers: counted sessions and counted hour entries.
function counted(s: Sqlite) {
  const sessions = s.prepare('select * from supervision_sessions').all() as SessionRow[];
  const alive = new Set(sessions.filter((r) => r.deleted_at === null).map((r) => r.id));
  const hours = (s.prepare('select * from client_hours').all() as HourRow[]).filter(
    (h) => h.session_id === null || alive.has(h.session_id),
  );
  return { sessions: sessions.filter((r) => r.deleted_at === null), hours };
}

function expectedDays(s: Sqlite): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const row = (p: string, d: string) => {
    const key = `${p}|${d}`;
    let r = out.get(key);
    if (!r) out.set(key, (r = {}));
    return r;
  };
  const add = (r: Record<string, number>, k: string, v: number) => (r[k] = (r[k] ?? 0) + v);
  const { sessions, hours } = counted(s);
  for (const x of sessions) {
    const r = row(x.supervisee_id, x.date);
    add(r, 'sessions', 1);
    add(r, `${x.format}_minutes`, x.duration_minutes);
    add(r, `${x.modality}_minutes`, x.duration_minutes);
    add(r, `${OBS_COLUMN[x.observation]}_minutes`, x.duration_minutes);
  }
  for (const h of hours) {
    const r = row(h.supervisee_id, h.period_end);
    add(r, 'hour_entries', 1);
    add(r, h.kind === 'direct' ? `direct_${h.activity}_hours` : 'indirect_hours', h.hours);
  }
  return out;
}

function checkTable(s: Sqlite): void {
  const expected = expectedDays(s);
  const actual = s.prepare('select * from hours_by_day').all() as Record<string, number | string>[];
  expect(actual.map((r) => `${r.supervisee_id}|${r.day}`).sort()).toEqual([...expected.keys()].sort());
  for (const r of actual) {
    const want = expected.get(`${r.supervisee_id}|${r.day}`)!;
    for (const [col, v] of Object.entries(r)) {
      if (col === 'supervisee_id' || col === 'day') continue;
      expect(v as number, `${col} on ${r.day}`).toBeCloseTo(want[col] ?? 0, 6);
    }
  }
}

// Applies the ops inside a savepoint that is rolled back afterwards, so each run starts empty.
function inRun(s: Sqlite, ops: Op[], afterEachOp: () => void, atEnd: () => void = () => undefined): void {
  s.exec('savepoint run');
  try {
    for (const p of PEOPLE) addPerson(s, p);
    for (const o of ops) {
      try {
        apply(s, o);
      } catch (e) {
        // A refused statement (a foreign key to a deleted supervisee) must undo its trigger work too.
        if (!/FOREIGN KEY/.test(String(e))) throw e;
      }
      afterEachOp();
    }
    atEnd();
  } finally {
    s.exec('rollback to run; release run');
  }
}

describe('hours_by_day', () => {
  it(`stays equal to the totals of the counted rows through ${RUNS} random write sequences`, () => {
    const { sqlite } = freshDb();
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) =>
        inRun(sqlite, ops, () => checkTable(sqlite)),
      ),
      { numRuns: RUNS },
    );
    sqlite.close();
  });

  it('gives the same summary and rollup as working them out from every session and hour entry', () => {
    const { sqlite, db } = freshDb();
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) =>
        inRun(
          sqlite,
          ops,
          () => undefined,
          () => {
            const { sessions, hours } = counted(sqlite);
            const rollup = hoursRollup(db, '2026-03-01', '2026-03-31');
            for (const p of PEOPLE) {
              const got = hoursSummary(db, p, null, null);
              const mine = sessions.filter((x) => x.supervisee_id === p);
              const theirHours = hours.filter((h) => h.supervisee_id === p);
              const minutes = (f: (x: SessionRow) => boolean) =>
                mine.filter(f).reduce((a, x) => a + x.duration_minutes, 0) / 60;
              expect(got.sessions).toBe(mine.length);
              expect(got.supervisionHours).toBeCloseTo(
                minutes(() => true),
                2,
              );
              for (const f of SESSION_FORMATS)
                expect(got.byFormat[f]).toBeCloseTo(
                  minutes((x) => x.format === f),
                  2,
                );
              for (const m of SESSION_MODALITIES)
                expect(got.byModality[m]).toBeCloseTo(
                  minutes((x) => x.modality === m),
                  2,
                );
              for (const o of OBSERVATIONS)
                expect(got.byObservation[o]).toBeCloseTo(
                  minutes((x) => x.observation === o),
                  2,
                );
              for (const a of DIRECT_ACTIVITIES)
                expect(got.byActivity[a]).toBeCloseTo(
                  theirHours.filter((h) => h.activity === a).reduce((t, h) => t + h.hours, 0),
                  2,
                );
              expect(got.indirectHours).toBeCloseTo(
                theirHours.filter((h) => h.kind === 'indirect').reduce((t, h) => t + h.hours, 0),
                2,
              );
              const weeks = new Set([
                ...mine.map((x) => weekStart(x.date)),
                ...theirHours.map((h) => weekStart(h.period_end)),
              ]);
              expect(got.weeks.map((w) => w.weekStart)).toEqual([...weeks].sort());
              for (const w of got.weeks) {
                const inWeek = mine.filter((x) => weekStart(x.date) === w.weekStart);
                expect(w.sessions).toBe(inWeek.length);
                expect(w.groupHours).toBeCloseTo(
                  inWeek.filter((x) => x.format === 'group').reduce((a, x) => a + x.duration_minutes, 0) / 60,
                  2,
                );
                expect(w.directHours).toBeCloseTo(
                  theirHours
                    .filter((h) => h.kind === 'direct' && weekStart(h.period_end) === w.weekStart)
                    .reduce((t, h) => t + h.hours, 0),
                  2,
                );
              }
              const march = mine.filter((x) => x.date.startsWith('2026-03'));
              const marchHours = theirHours.filter((h) => h.period_end.startsWith('2026-03'));
              const row = rollup.find((r) => r.superviseeId === p);
              if (!march.length && !marchHours.length) expect(row).toBeUndefined();
              else {
                expect(row?.sessions).toBe(march.length);
                expect(row?.supervisionHours).toBeCloseTo(march.reduce((a, x) => a + x.duration_minutes, 0) / 60, 2);
                expect(row?.directHours).toBeCloseTo(
                  marchHours.filter((h) => h.kind === 'direct').reduce((t, h) => t + h.hours, 0),
                  2,
                );
                expect(row?.indirectHours).toBeCloseTo(
                  marchHours.filter((h) => h.kind === 'indirect').reduce((t, h) => t + h.hours, 0),
                  2,
                );
              }
            }
          },
        ),
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    sqlite.close();
  });

  it('is emptied with its supervisee, and a day with nothing left leaves no row', () => {
    const { sqlite } = freshDb();
    addPerson(sqlite, 'p0');
    apply(sqlite, {
      op: 'session',
      f: { person: 0, day: DAYS[0]!, minutes: 60, format: 'individual', modality: 'video', observation: 'none' },
      deleted: false,
    });
    apply(sqlite, { op: 'hours', f: { person: 0, day: DAYS[1]!, activity: null, hours: 2 }, link: null });
    expect(sqlite.prepare('select count(*) from hours_by_day').pluck().get()).toBe(2);
    apply(sqlite, { op: 'deleteHours', pick: 0 });
    expect(sqlite.prepare('select day from hours_by_day').pluck().all()).toEqual([DAYS[0]]);
    sqlite.prepare('delete from supervisees').run();
    expect(sqlite.prepare('select count(*) from hours_by_day').pluck().get()).toBe(0);
    sqlite.close();
  });

  // An import loads with the triggers set aside and rebuilds the touched supervisees' days once
  // (core/data-transfer/bulk-load.ts). Whatever a random history left, copying part of it in
  // through the triggers and bulk-loading the rest must give the same table, the triggers must be
  // back afterwards, and later writes must keep it right.
  it(
    `a bulk load with the triggers' work done once equals the triggers through ${Math.ceil(RUNS / 2)} random ` +
      `histories`,
    () => {
      const source = freshDb().sqlite;
      const target = freshDb();
      const triggers = () =>
        target.sqlite.prepare("select name from sqlite_master where type = 'trigger' order by name").pluck().all();
      const before = triggers();
      const copy = (table: string, rows: Record<string, unknown>[]) => {
        for (const r of rows) {
          const cols = Object.keys(r);
          target.sqlite
            .prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`)
            .run(...cols.map((c) => r[c]));
        }
      };
      fc.assert(
        fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), fc.nat(40), opArb, (ops, cut, later) =>
          inRun(
            source,
            ops,
            () => undefined,
            () => {
              const all = (t: string) =>
                source.prepare(`select * from ${t} order by id`).all() as Record<string, unknown>[];
              const sessions = all('supervision_sessions');
              const hours = all('client_hours');
              const early = new Set(sessions.slice(0, cut).map((r) => r.id));
              const hoursEarly = hours.filter((h) =>
                h.session_id === null ? hours.indexOf(h) < cut : early.has(h.session_id),
              );
              target.sqlite.exec('savepoint load');
              try {
                copy('supervisees', all('supervisees'));
                // What the vault already held, written through the triggers as the app writes it.
                copy('supervision_sessions', sessions.slice(0, cut));
                copy('client_hours', hoursEarly);
                const people = [...new Set([...sessions, ...hours].map((r) => r.supervisee_id as string))];
                const indexed = () =>
                  target.sqlite.prepare('select rowid, kind, record_id from search_index order by rowid').all();
                const indexedBefore = indexed();
                bulkLoad(target.db, people, () => {
                  copy('supervision_sessions', sessions.slice(cut));
                  copy(
                    'client_hours',
                    hours.filter((h) => !hoursEarly.includes(h)),
                  );
                });
                checkTable(target.sqlite);
                expect(triggers()).toEqual(before);
                // The timeline's triggers were set aside too: its events were read again from its view.
                const events = (from: string) => target.sqlite.prepare(`select * from ${from} order by id, kind`).all();
                expect(events('timeline_events')).toEqual(events('timeline_source'));
                // So were the search index's: what it held keeps its rows, and the loaded records'
                // words were added from its view, each under its own row of search_rows.
                const words = 'kind, record_id, supervisee_id, day, title, body, tags';
                const rows = (from: string) =>
                  target.sqlite.prepare(`select ${words} from ${from} order by kind, record_id`).all();
                expect(rows('search_index')).toEqual(rows('search_source'));
                expect(indexed().slice(0, indexedBefore.length)).toEqual(indexedBefore);
                const unmatched = target.sqlite
                  .prepare(
                    'select count(*) from search_index i left join search_rows r ' +
                      'on r.id = i.rowid and r.kind = i.kind and r.record_id = i.record_id where r.id is null',
                  )
                  .pluck()
                  .get();
                expect(unmatched).toBe(0);
                try {
                  apply(target.sqlite, later);
                } catch (e) {
                  if (!/FOREIGN KEY/.test(String(e))) throw e;
                }
                checkTable(target.sqlite);
              } finally {
                target.sqlite.exec('rollback to load; release load');
              }
            },
          ),
        ),
        { numRuns: Math.ceil(RUNS / 2) },
      );
      source.close();
      target.sqlite.close();
    },
  );
});
