// The timeline's read layer (drizzle/0022, core/timeline). Random mixes of every kind of record are
// written through raw SQL, so no app code path helps the triggers; then the events are worked out
// here in plain TypeScript from the base tables, and the table, the view and every way of paging
// through the stream must agree with them. In-memory databases: nothing touches the disk.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_FLAGS } from '../../src-main/contract/enums';
import {
  TIMELINE_GROUPS,
  timelinePageInput,
  type TimelineCursor,
  type TimelineGroup,
  type TimelineKind,
  type TimelinePageInput,
} from '../../src-main/contract/timeline';
import { checkinDropsMany, listCheckins } from '../../src-main/core/alliance/checkins';
import { firstReviewsAmong, getReview, levelsMovedMany } from '../../src-main/core/frameworks/reviews';
import { timelinePage } from '../../src-main/core/timeline/timeline';
import * as schema from '../../src-main/db/schema';
import type { Db } from '../../src-main/db/vault';
import { MIGRATIONS } from '../helpers/temp-vault';

const RUNS = Number(process.env.TIMELINE_RUNS ?? 60);
const PEOPLE = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
const DAYS = ['2026-01-05', '2026-01-05', '2026-02-10', '2026-03-01', '2026-03-02', '2026-06-30'];
const stamp = (day: string) => `${day}T09:30:00.000Z`;
// When records are typed, long after the day they are about: the timeline must never show this day.
const TYPED = stamp('2026-12-01');

type Sqlite = Database.Database;
function freshDb(): { sqlite: Sqlite; db: Db } {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  for (const p of PEOPLE) addPerson(sqlite, p);
  sqlite
    .prepare(
      `insert into frameworks (id, family, version, name, scale_min, scale_max, competencies, created_at) values ` +
        `('00000000-0000-4000-8000-0000000000f1', 'fam', 1, 'Sample framework', 1, 5, ` +
        `'[{"code":"A","name":"Assessment","group":""},{"code":"B","name":"Boundaries","group":""}]', 't')`,
    )
    .run();
  return { sqlite, db: db as unknown as Db };
}
const addPerson = (s: Sqlite, id: string) =>
  s
    .prepare(
      `insert or ignore into supervisees (id, full_name, discipline, supervision_start, created_at, updated_at) ` +
        `values (?, 'Sample Person', 'counseling_associate', '2026-01-01', 't', 't')`,
    )
    .run(id);

let seq = 0;
const newId = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const pick = (s: Sqlite, table: string, n: number): string | undefined => {
  const ids = s.prepare(`select id from ${table} order by id`).pluck().all() as string[];
  return ids.length ? ids[n % ids.length] : undefined;
};

// Writes of every kind the timeline shows, each as one SQL statement (or two, for a parent's child).
const WRITES = {
  session: (s: Sqlite, who: string, day: string) =>
    s
      .prepare(
        `insert into supervision_sessions (id, supervisee_id, date, duration_minutes, format, modality, topics, ` +
          `created_at, updated_at) values (?, ?, ?, 50, 'individual', 'video', 'pacing of exposure', 't', 't')`,
      )
      .run(newId(), who, day),
  note: (s: Sqlite, who: string, day: string, n: number) =>
    s
      .prepare(
        `insert into case_notes (id, supervisee_id, date, case_code, presenting_concern, risk_flags, created_at, ` +
          `updated_at) values (?, ?, ?, ?, 'low mood', ?, 't', 't')`,
      )
      .run(newId(), who, day, `C-${n % 3}`, n % 2 ? JSON.stringify([RISK_FLAGS[n % RISK_FLAGS.length]]) : '[]'),
  action: (s: Sqlite, _who: string, day: string, n: number) => {
    const note = pick(s, 'case_notes', n);
    if (!note) return;
    const who = s.prepare('select supervisee_id from case_notes where id = ?').pluck().get(note) as string;
    s.prepare(
      `insert into note_actions (id, note_id, supervisee_id, text, due, done_at, done_on, created_at) values (?, ` +
        `?, ?, 'send the safety plan', ?, ?, ?, ?)`,
    ).run(
      newId(),
      note,
      who,
      n % 3 ? day : null,
      n % 4 === 0 ? TYPED : null,
      n % 4 === 0 ? DAYS[n % DAYS.length]! : null,
      TYPED,
    );
  },
  reflection: (s: Sqlite, who: string, day: string) =>
    s
      .prepare(
        `insert into reflections (id, supervisee_id, set_id, set_version, prompt_id, prompt_text, answer, ` +
          `reflected_on, created_at) values (?, ?, 'gibbs', '1', 'feel', 'What did you feel?', 'unsettled', ?, ?)`,
      )
      .run(newId(), who, day, TYPED),
  review: (s: Sqlite, who: string, day: string, n: number) => {
    const id = newId();
    s.prepare(
      `insert into competency_reviews (id, supervisee_id, framework_id, reviewed_on, status, created_at, ` +
        `updated_at) values (?, ?, '00000000-0000-4000-8000-0000000000f1', ?, ?, ?, 't')`,
    ).run(id, who, day, n % 2 ? 'final' : 'draft', stamp(day));
    s.prepare(
      `insert into ratings (id, review_id, supervisee_id, competency_code, level) values (?, ?, ?, 'A', ?)`,
    ).run(newId(), id, who, 1 + (n % 5));
  },
  goal: (s: Sqlite, who: string, day: string) =>
    s
      .prepare(
        `insert into goals (id, supervisee_id, text, set_on, created_at, updated_at) values (?, ?, 'lead a group', ` +
          `?, ?, 't')`,
      )
      .run(newId(), who, day, TYPED),
  goalReview: (s: Sqlite, _who: string, day: string, n: number) => {
    const goal = pick(s, 'goals', n);
    if (!goal) return;
    const who = s.prepare('select supervisee_id from goals where id = ?').pluck().get(goal) as string;
    s.prepare(
      `insert into goal_reviews (id, goal_id, supervisee_id, reviewed_on, status, created_at) values (?, ?, ?, ?, ` +
        `?, 't')`,
    ).run(newId(), goal, who, day, n % 2 ? 'met' : 'in_progress');
  },
  agreement: (s: Sqlite, who: string, day: string) =>
    s
      .prepare(
        `insert into agreements (id, supervisee_id, version, frequency, agreed_on, created_at) values (?, ?, ` +
          `(select coalesce(max(version), 0) + 1 from agreements where supervisee_id = ?), 'weekly', ?, ?)`,
      )
      .run(newId(), who, who, day, TYPED),
  checkin: (s: Sqlite, who: string, day: string, n: number) =>
    s
      .prepare(
        `insert into alliance_checkins (id, supervisee_id, checked_on, respondent, goals, tasks, bond, created_at) ` +
          `values (?, ?, ?, 'supervisor', ?, 8, 9, ?)`,
      )
      .run(newId(), who, day, n % 10, stamp(day)),
  feedback: (s: Sqlite, who: string, day: string) =>
    s
      .prepare(
        `insert into feedback_received (id, supervisee_id, received_on, source, feedback, created_at, updated_at) ` +
          `values (?, ?, ?, 'supervisee', 'more structure', 't', 't')`,
      )
      .run(newId(), who, day),
  period: (s: Sqlite, who: string, day: string) =>
    s
      .prepare(
        `insert into signed_periods (id, supervisee_id, period_start, period_end, supervisor_name, ` +
          `supervisor_licence, signed_on, content_sha256, created_at) values (?, ?, '2026-01-01', '2026-01-04', ` +
          `'Sample Supervisor', 'L-1', ?, 'h', 't')`,
      )
      .run(newId(), who, day),
};
type WriteKind = keyof typeof WRITES;

// Changes to records already written: dates, soft deletion, status, the text of a parent.
const CHANGES: Record<string, (s: Sqlite, id: string, day: string) => void> = {
  moveSession: (s, id, day) => s.prepare('update supervision_sessions set date = ? where id = ?').run(day, id),
  softDeleteSession: (s, id) => s.prepare(`update supervision_sessions set deleted_at = 'x' where id = ?`).run(id),
  restoreSession: (s, id) => s.prepare('update supervision_sessions set deleted_at = null where id = ?').run(id),
  softDeleteNote: (s, id) => s.prepare(`update case_notes set deleted_at = 'x' where id = ?`).run(id),
  restoreNote: (s, id) => s.prepare('update case_notes set deleted_at = null where id = ?').run(id),
  flagNote: (s, id) => s.prepare(`update case_notes set risk_flags = '["boundary"]' where id = ?`).run(id),
  finishAction: (s, id, day) =>
    s.prepare('update note_actions set done_at = ?, done_on = ? where id = ?').run(TYPED, day, id),
  reopenAction: (s, id) => s.prepare('update note_actions set done_at = null, done_on = null where id = ?').run(id),
  finaliseReview: (s, id) => s.prepare(`update competency_reviews set status = 'final' where id = ?`).run(id),
  reopenReview: (s, id) => s.prepare(`update competency_reviews set status = 'draft' where id = ?`).run(id),
  renameGoal: (s, id) => s.prepare(`update goals set text = 'run a group alone' where id = ?`).run(id),
  reopenPeriod: (s, id, day) =>
    s.prepare(`update signed_periods set reopened_at = ?, reopen_reason = 'typo' where id = ?`).run(stamp(day), id),
  moveCheckin: (s, id, day) => s.prepare('update alliance_checkins set checked_on = ? where id = ?').run(day, id),
};
const CHANGE_TABLE: Record<string, string> = {
  moveSession: 'supervision_sessions',
  softDeleteSession: 'supervision_sessions',
  restoreSession: 'supervision_sessions',
  softDeleteNote: 'case_notes',
  restoreNote: 'case_notes',
  flagNote: 'case_notes',
  finishAction: 'note_actions',
  reopenAction: 'note_actions',
  finaliseReview: 'competency_reviews',
  reopenReview: 'competency_reviews',
  renameGoal: 'goals',
  reopenPeriod: 'signed_periods',
  moveCheckin: 'alliance_checkins',
};
const DELETABLE = [
  'supervision_sessions',
  'case_notes',
  'note_actions',
  'reflections',
  'competency_reviews',
  'goals',
  'goal_reviews',
  'agreements',
  'alliance_checkins',
  'feedback_received',
  'signed_periods',
];

type Op =
  | { op: 'write'; kind: WriteKind; person: number; day: string; n: number }
  | { op: 'change'; change: string; pick: number; day: string }
  | { op: 'delete'; table: string; pick: number }
  | { op: 'deletePerson' | 'addPerson'; person: number };

const dayArb = fc.constantFrom(...DAYS);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('write' as const),
      kind: fc.constantFrom(...(Object.keys(WRITES) as WriteKind[])),
      person: fc.nat(PEOPLE.length - 1),
      day: dayArb,
      n: fc.nat(40),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('change' as const),
      change: fc.constantFrom(...Object.keys(CHANGES)),
      pick: fc.nat(40),
      day: dayArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      table: fc.constantFrom(...DELETABLE),
      pick: fc.nat(40),
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

function apply(s: Sqlite, o: Op): void {
  if (o.op === 'write') {
    if (s.prepare('select 1 from supervisees where id = ?').get(PEOPLE[o.person]))
      WRITES[o.kind](s, PEOPLE[o.person]!, o.day, o.n);
  } else if (o.op === 'change') {
    const target = pick(s, CHANGE_TABLE[o.change]!, o.pick);
    if (target) CHANGES[o.change]!(s, target, o.day);
  } else if (o.op === 'delete') {
    const target = pick(s, o.table, o.pick);
    if (target) s.prepare(`delete from ${o.table} where id = ?`).run(target);
  } else if (o.op === 'deletePerson') s.prepare('delete from supervisees where id = ?').run(PEOPLE[o.person]);
  else addPerson(s, PEOPLE[o.person]!);
}

interface Expected {
  id: string;
  kind: TimelineKind;
  supervisee: string;
  at: string;
  flags: string[];
}

// Every event, worked out from the base tables without the view or the triggers.
function expectedEvents(s: Sqlite): Expected[] {
  type R = Record<string, string | null>;
  const all = (q: string) => s.prepare(q).all() as R[];
  const out: Expected[] = [];
  const ev = (id: unknown, kind: TimelineKind, supervisee: unknown, at: unknown, flags: string[] = []) =>
    out.push({
      id: String(id),
      kind,
      supervisee: String(supervisee),
      at: String(at).slice(0, 10),
      flags,
    });
  for (const r of all('select * from supervision_sessions'))
    if (!r.deleted_at) ev(r.id, 'session', r.supervisee_id, r.date);
  for (const r of all('select * from signed_periods')) {
    ev(r.id, 'period_signed', r.supervisee_id, r.signed_on);
    if (r.reopened_at) ev(r.id, 'period_reopened', r.supervisee_id, r.reopened_at);
  }
  const liveNotes = new Map<string, R>();
  for (const r of all('select * from case_notes'))
    if (!r.deleted_at) {
      liveNotes.set(r.id!, r);
      ev(r.id, 'note', r.supervisee_id, r.date, JSON.parse(r.risk_flags!) as string[]);
    }
  for (const r of all('select * from note_actions')) {
    if (!liveNotes.has(r.note_id!)) continue;
    // An action item is dated by the consultation that agreed it, and by the day it was done.
    ev(r.id, 'action_created', r.supervisee_id, liveNotes.get(r.note_id!)!.date);
    if (r.due) ev(r.id, 'action_due', r.supervisee_id, r.due);
    if (r.done_at) ev(r.id, 'action_done', r.supervisee_id, r.done_on);
  }
  for (const r of all('select * from reflections')) ev(r.id, 'reflection', r.supervisee_id, r.reflected_on);
  for (const r of all('select * from competency_reviews'))
    if (r.status === 'final') ev(r.id, 'review', r.supervisee_id, r.reviewed_on);
  for (const r of all('select * from goals')) ev(r.id, 'goal_set', r.supervisee_id, r.set_on);
  for (const r of all('select * from goal_reviews')) ev(r.id, 'goal_review', r.supervisee_id, r.reviewed_on);
  for (const r of all('select * from agreements')) ev(r.id, 'agreement', r.supervisee_id, r.agreed_on);
  for (const r of all('select * from alliance_checkins')) ev(r.id, 'checkin', r.supervisee_id, r.checked_on);
  for (const r of all('select * from feedback_received')) ev(r.id, 'feedback', r.supervisee_id, r.received_on);
  return out;
}

// Newest first by (day, kind, id), as plain string comparison, like SQLite's BINARY collation.
const cmp = (a: { at: string; kind: string; id: string }, b: { at: string; kind: string; id: string }) =>
  a.at < b.at
    ? 1
    : a.at > b.at
      ? -1
      : a.kind < b.kind
        ? 1
        : a.kind > b.kind
          ? -1
          : a.id < b.id
            ? 1
            : a.id > b.id
              ? -1
              : 0;
const key = (e: { at: string; kind: string; id: string }) => `${e.at}|${e.kind}|${e.id}`;

const read = (db: Db, input: TimelinePageInput) => timelinePage(db, timelinePageInput.parse(input));

// Every page from the newest, older and older, each joined to the one before.
function walkOlder(db: Db, input: TimelinePageInput, limit: number) {
  const seen: { at: string; kind: string; id: string }[] = [];
  let cursor: TimelineCursor | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = read(db, { ...input, limit, ...(cursor ? { cursor } : {}) });
    seen.push(...page.events);
    if (!page.older) break;
    cursor = page.older;
  }
  return seen;
}

describe('the timeline stream', () => {
  it('after random writes, edits and deletes, table = view = the records worked out here', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => {
        const { sqlite } = freshDb();
        for (const o of ops) apply(sqlite, o);
        const table = sqlite
          .prepare('select id, kind, supervisee_id, at, label, flags, detail from timeline_events order by id, kind')
          .all();
        const view = sqlite
          .prepare('select id, kind, supervisee_id, at, label, flags, detail from timeline_source order by id, kind')
          .all();
        expect(table).toEqual(view);
        const mine = expectedEvents(sqlite)
          .map((e) => `${e.id}|${e.kind}|${e.supervisee}|${e.at}|${JSON.stringify(e.flags)}`)
          .sort();
        const theirs = (
          sqlite.prepare('select id, kind, supervisee_id, at, flags from timeline_events').all() as Record<
            string,
            string
          >[]
        )
          .map((r) => `${r.id}|${r.kind}|${r.supervisee_id}|${r.at}|${r.flags || '[]'}`)
          .sort();
        expect(theirs).toEqual(mine);
        sqlite.close();
      }),
      { numRuns: RUNS },
    );
  });

  it('pages from any cursor, older and newer, join without gaps or repeats and equal the records sorted here', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 5, maxLength: 80 }),
        fc.integer({ min: 1, max: 7 }),
        fc.nat(),
        (ops, limit, where) => {
          const { sqlite, db } = freshDb();
          for (const o of ops) apply(sqlite, o);
          for (const p of PEOPLE) addPerson(sqlite, p);
          const person = PEOPLE[0]!;
          const expected = expectedEvents(sqlite)
            .filter((e) => e.supervisee === person)
            .sort(cmp)
            .map(key);
          expect(walkOlder(db, { superviseeId: person }, limit).map(key)).toEqual(expected);
          // Everyone's stream holds both people's events in one order.
          const everyone = expectedEvents(sqlite).sort(cmp).map(key);
          expect(walkOlder(db, {}, limit).map(key)).toEqual(everyone);
          if (!expected.length) return;
          // From a cursor in the middle, newer pages walk back up to the top without a gap.
          const at = where % expected.length;
          const [day, kind, id] = expected[at]!.split('|') as [string, TimelineKind, string];
          const up: string[] = [];
          let cursor: TimelineCursor | null = { at: day, kind, id };
          for (let guard = 0; cursor && guard < 1000; guard++) {
            const page = read(db, {
              superviseeId: person,
              direction: 'newer',
              cursor,
              limit,
            });
            up.unshift(...page.events.map(key));
            cursor = page.newer;
          }
          expect(up).toEqual(expected.slice(0, at));
          // And the page just older than that cursor starts right after it.
          const older = read(db, {
            superviseeId: person,
            cursor: { at: day, kind, id },
            limit,
          });
          expect(older.events.map(key)).toEqual(expected.slice(at + 1, at + 1 + limit));
          // The events newer than it are one page away, unless it is the newest and nothing is older.
          expect(older.newer === null).toBe(at === 0 && older.events.length === 0);
          sqlite.close();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('filters by group, risk flag and words, and a jump to a day starts at that day', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 5, maxLength: 80 }),
        fc.subarray(Object.keys(TIMELINE_GROUPS) as TimelineGroup[], {
          minLength: 1,
        }),
        fc.constantFrom(...DAYS, '2025-12-31', '2026-12-31'),
        (ops, groups, day) => {
          const { sqlite, db } = freshDb();
          for (const o of ops) apply(sqlite, o);
          for (const p of PEOPLE) addPerson(sqlite, p);
          const person = PEOPLE[1]!;
          const mine = expectedEvents(sqlite)
            .filter((e) => e.supervisee === person)
            .sort(cmp);
          const kinds = new Set<string>(groups.flatMap((g) => TIMELINE_GROUPS[g].kinds));
          expect(walkOlder(db, { superviseeId: person, groups }, 4).map(key)).toEqual(
            mine.filter((e) => kinds.has(e.kind)).map(key),
          );
          expect(walkOlder(db, { superviseeId: person, risk: 'any' }, 4).map(key)).toEqual(
            mine.filter((e) => e.flags.length).map(key),
          );
          expect(walkOlder(db, { superviseeId: person, risk: 'boundary' }, 4).map(key)).toEqual(
            mine.filter((e) => e.flags.includes('boundary')).map(key),
          );
          const jump = read(db, { superviseeId: person, from: day, limit: 3 });
          const fromDay = mine.filter((e) => e.at <= day);
          expect(jump.events.map(key)).toEqual(fromDay.slice(0, 3).map(key));
          // Newer events than the day are one page away, and the first of them is the next one up.
          const later = mine.filter((e) => e.at > day);
          expect(jump.newer === null).toBe(later.length === 0);
          if (jump.newer) {
            const up = read(db, {
              superviseeId: person,
              direction: 'newer',
              cursor: jump.newer,
              limit: 1,
            });
            expect(up.events.map(key)).toEqual(later.slice(-1).map(key));
          }
          sqlite.close();
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('timeline events as a supervisor reads them', () => {
  it('shows each record’s line, a note’s flags, a review’s moved levels and a check-in’s drop', () => {
    const { sqlite, db } = freshDb();
    const who = PEOPLE[0]!;
    WRITES.session(sqlite, who, '2026-03-01');
    WRITES.note(sqlite, who, '2026-03-02', 1);
    WRITES.review(sqlite, who, '2026-01-05', 1); // final, level 2
    WRITES.review(sqlite, who, '2026-06-30', 3); // final, level 4
    for (const [day, n] of [
      ['2026-01-05', 9],
      ['2026-02-10', 9],
      ['2026-03-01', 9],
      ['2026-03-02', 5],
    ] as const)
      WRITES.checkin(sqlite, who, day, n);
    const page = read(db, { superviseeId: who });
    const byKind = (k: TimelineKind) => page.events.filter((e) => e.kind === k);
    expect(byKind('session')[0]).toMatchObject({
      label: 'pacing of exposure',
      detail: { minutes: 50 },
    });
    expect(byKind('note')[0]).toMatchObject({
      label: 'C-1 · low mood',
      riskFlags: [RISK_FLAGS[1]],
    });
    const [later, earlier] = byKind('review');
    expect(later!.moved).toEqual([{ name: 'Assessment', from: 2, to: 4 }]);
    expect(earlier!.moved).toEqual([]);
    // The earlier one has nothing before it, so nothing could have moved.
    expect([later!.firstReview, earlier!.firstReview]).toEqual([false, true]);
    // Goals fell from 9, 9, 9 to 5: a drop of 4 against the recent average; tasks and bond held.
    const checkins = byKind('checkin');
    expect(checkins[0]).toMatchObject({ at: '2026-03-02', drops: ['goals'] });
    expect(checkins.slice(1).every((c) => c.drops.length === 0)).toBe(true);
    expect(page.events.every((e) => e.superviseeName === 'Sample Person')).toBe(true);
    sqlite.close();
  });

  it('says when a later note of the case closed a flagged note’s risk', () => {
    const { sqlite, db } = freshDb();
    const who = PEOPLE[0]!;
    const note = (day: string, flags: string, at: string) => {
      const id = newId();
      sqlite
        .prepare(
          `insert into case_notes (id, supervisee_id, date, case_code, risk_flags, created_at, updated_at) values ` +
            `(?, ?, ?, 'C-7', ?, ?, 't')`,
        )
        .run(id, who, day, flags, at);
      return id;
    };
    const flagged = note('2026-02-10', '["suicide_risk"]', 't1');
    const stillFlagged = note('2026-03-01', '["suicide_risk"]', 't2');
    note('2026-03-02', '[]', 't3');
    const reflagged = note('2026-06-30', '["suicide_risk"]', 't4');
    const byId = new Map(read(db, { superviseeId: who }).events.map((e) => [e.id, e.riskClosedOn]));
    expect([byId.get(flagged), byId.get(stillFlagged), byId.get(reflagged)]).toEqual([
      '2026-03-02',
      '2026-03-02',
      null,
    ]);
    sqlite.close();
  });

  it('leaves archived supervisees out of everyone’s stream, and filters by words in the line', () => {
    const { sqlite, db } = freshDb();
    WRITES.session(sqlite, PEOPLE[0]!, '2026-03-01');
    WRITES.feedback(sqlite, PEOPLE[1]!, '2026-03-02');
    sqlite.prepare(`update supervisees set archived_at = 't' where id = ?`).run(PEOPLE[1]);
    expect(read(db, {}).events.map((e) => e.kind)).toEqual(['session']);
    expect(read(db, { superviseeId: PEOPLE[1]! }).events.map((e) => e.kind)).toEqual(['feedback']);
    expect(read(db, { superviseeId: PEOPLE[0]!, text: 'EXPOSURE pacing' }).events).toHaveLength(1);
    expect(read(db, { superviseeId: PEOPLE[0]!, text: 'exposure 100%' }).events).toHaveLength(0);
    sqlite.close();
  });

  it('refuses a malformed cursor and an unknown supervisee with plain words', () => {
    const bad = timelinePageInput.safeParse({
      cursor: { at: '2026-13-01', kind: 'session', id: 'x' },
    });
    expect(bad.success).toBe(false);
    const { sqlite, db } = freshDb();
    expect(() => read(db, { superviseeId: '00000000-0000-4000-8000-0000000000ff' })).toThrow(/not found/i);
    sqlite.close();
  });
});

describe("a page's reviews and check-ins, read in one statement each", () => {
  it('give the same moved levels and drops as the review screen and the check-in list', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            person: fc.nat(PEOPLE.length - 1),
            day: dayArb,
            a: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
            b: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
            scores: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })),
            respondent: fc.constantFrom('supervisor', 'supervisee'),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const { sqlite, db } = freshDb();
          const reviews: string[] = [];
          const checkins: string[] = [];
          rows.forEach((r, i) => {
            const who = PEOPLE[r.person]!;
            const review = newId();
            reviews.push(review);
            sqlite
              .prepare(
                `insert into competency_reviews (id, supervisee_id, framework_id, reviewed_on, status, created_at, ` +
                  `updated_at) values (?, ?, '00000000-0000-4000-8000-0000000000f1', ?, 'final', ?, 't')`,
              )
              .run(review, who, r.day, `${r.day}T09:${String(i).padStart(2, '0')}:00.000Z`);
            for (const [code, level] of [
              ['A', r.a],
              ['B', r.b],
            ] as const)
              sqlite
                .prepare(
                  `insert into ratings (id, review_id, supervisee_id, competency_code, level) values (?, ?, ?, ?, ?)`,
                )
                .run(newId(), review, who, code, level);
            const checkin = newId();
            checkins.push(checkin);
            sqlite
              .prepare(
                `insert into alliance_checkins (id, supervisee_id, checked_on, respondent, goals, tasks, bond, ` +
                  `created_at) values (?, ?, ?, ?, ?, ?, 7, ?)`,
              )
              .run(
                checkin,
                who,
                r.day,
                r.respondent,
                r.scores[0],
                r.scores[1],
                `${r.day}T09:${String(i).padStart(2, '0')}:00.000Z`,
              );
          });
          const moved = levelsMovedMany(db, reviews);
          const firsts = firstReviewsAmong(db, reviews);
          for (const id of reviews) {
            const r = getReview(db, id);
            expect(firsts.has(id), 'first review').toBe(r.previousReviewId === null);
            const names = new Map(r.framework.competencies.map((c) => [c.code, c.name]));
            const expected = r.ratings
              .filter((x) => x.change !== null && x.change !== 0)
              .map((x) => ({ name: names.get(x.competencyCode)!, from: x.previousLevel!, to: x.level! }));
            expect(moved.get(id) ?? []).toEqual(expected);
          }
          const drops = checkinDropsMany(db, checkins);
          for (const p of PEOPLE) for (const c of listCheckins(db, p)) expect(drops.get(c.id) ?? []).toEqual(c.drops);
          sqlite.close();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
