// What a person records about something that happened carries the day it happened (settable,
// default today on the local calendar), apart from the moment it was written (docs/guide.md, "How dates
// work"). Run west of UTC, where a UTC day and the local day part every evening.
process.env.TZ = 'America/Los_Angeles';

import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement, Goal } from '../../src-main/contract/agreements';
import { addDays, localToday } from '../../src-main/contract/dates';
import type { EvidenceOption } from '../../src-main/contract/frameworks';
import type { Note } from '../../src-main/contract/notes';
import type { Reflection } from '../../src-main/contract/reflections';
import type { TimelinePage } from '../../src-main/contract/timeline';
import { createGoal, reviewGoal } from '../../src-main/core/agreements/goals';
import { exportVault, importEntities } from '../../src-main/core/data-transfer/data-transfer';
import { exportDocument } from '../../src-main/core/data-transfer/json-format';
import * as schema from '../../src-main/db/schema';
import { migrationCopies } from '../helpers/migrations-up-to';
import { MIGRATIONS } from '../helpers/temp-vault';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const PERSON = '00000000-0000-4000-8000-0000000000a1';
function freshDb() {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  sqlite
    .prepare(
      `insert into supervisees (id, full_name, discipline, supervision_start, created_at, updated_at) values (?, ` +
        `'Sample Intern', 'psychology_intern', '2026-09-01', 't', 't')`,
    )
    .run(PERSON);
  return { sqlite, db };
}

describe('the local calendar', () => {
  it('runs these tests west of UTC', () => {
    // 18:30 in Los Angeles on 17 November is already the 18th in UTC.
    const evening = new Date('2026-11-18T02:30:00.000Z');
    expect(localToday(evening)).toBe('2026-11-17');
    expect(evening.toISOString().slice(0, 10)).toBe('2026-11-18');
  });

  it('lets a goal set in the evening be reviewed that same evening', () => {
    const { db, sqlite } = freshDb();
    const goal = createGoal(
      db,
      { superviseeId: PERSON, text: 'Lead a group', targetDate: null },
      new Date('2026-11-18T02:30:00.000Z'),
    );
    expect(goal.setOn).toBe('2026-11-17');
    const reviewed = reviewGoal(
      db,
      { id: goal.id, reviewedOn: '2026-11-17', status: 'in_progress', comment: '' },
      new Date('2026-11-18T04:00:00.000Z'),
    );
    expect(reviewed.reviews.map((r) => r.reviewedOn)).toEqual(['2026-11-17']);
    sqlite.close();
  });
});

describe('a past semester entered after the fact', () => {
  let v: RegistryVault;
  let who: string;
  const today = localToday();
  const typedDay = (iso: string) => localToday(new Date(iso));
  const page = async () =>
    (await v.call<TimelinePage>('timeline.page', { superviseeId: who, limit: 200 })).events.map(
      (e) => `${e.at} ${e.kind}`,
    );

  // An agreement with nothing but what each test says.
  const terms = (over: Record<string, unknown>) => ({
    superviseeId: who,
    frequency: 'weekly',
    format: '',
    feedback: '',
    evaluationDates: [],
    endsOn: null,
    endingSteps: [],
    endingPlan: '',
    ...over,
  });

  beforeAll(async () => {
    v = await openRegistryVault();
    who = await v.person('Sample Intern');
  });
  afterAll(() => v.close());

  it('keeps the day an agreement was agreed, and refuses a day to come', async () => {
    const future = await v.invoke('agreement.save', terms({ agreedOn: addDays(today, 1) }));
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: ['agreedOn'] }] } });
    const a = await v.call<Agreement>(
      'agreement.save',
      terms({ evaluationDates: ['2026-11-16'], agreedOn: '2026-09-02' }),
    );
    expect(a.agreedOn).toBe('2026-09-02');
    expect(typedDay(a.createdAt)).toBe(today);
    // An amendment dated before the version it amends is refused.
    const earlier = await v.invoke(
      'agreement.save',
      terms({ frequency: 'fortnightly', reason: 'Less often', agreedOn: '2026-09-01' }),
    );
    expect(earlier).toMatchObject({ ok: false, error: { issues: [{ path: ['agreedOn'] }] } });
  });

  it('reviews a goal agreed in September on a November day, and refuses a review before it was set', async () => {
    const goal = await v.call<Goal>('goals.create', {
      superviseeId: who,
      text: 'Build a formulation for each client',
      targetDate: '2026-12-15',
      setOn: '2026-09-03',
    });
    expect(goal.setOn).toBe('2026-09-03');
    const reviewed = await v.call<Goal>('goals.review', {
      id: goal.id,
      reviewedOn: '2026-11-17',
      status: 'in_progress',
      comment: '',
    });
    expect(reviewed.status).toBe('in_progress');
    const before = await v.invoke('goals.review', {
      id: goal.id,
      reviewedOn: '2026-09-01',
      status: 'met',
      comment: '',
    });
    expect(before).toMatchObject({ ok: false, error: { issues: [{ path: ['reviewedOn'] }] } });
    // Re-dating the goal after its first review would leave that review before the goal.
    const moved = await v.invoke('goals.update', {
      id: goal.id,
      text: goal.text,
      targetDate: goal.targetDate,
      setOn: '2026-11-20',
    });
    expect(moved).toMatchObject({ ok: false, error: { issues: [{ path: ['setOn'] }] } });
    // Left out, a new goal is set today.
    const now = await v.call<Goal>('goals.create', { superviseeId: who, text: 'Bring a recording', targetDate: null });
    expect(now.setOn).toBe(today);
  });

  it('dates a reflection by its session, or by the day given, and offers it as evidence for that week', async () => {
    const session = await v.call<{ id: string }>('sessions.create', {
      superviseeId: who,
      date: '2026-11-24',
      durationMinutes: 60,
      format: 'individual',
      modality: 'in_person',
      observation: 'none',
      topics: 'pacing',
      hours: [],
    });
    const [bySession] = await v.call<Reflection[]>('reflections.save', {
      superviseeId: who,
      setId: 'gibbs',
      sessionId: session.id,
      answers: [{ promptId: 'happened', answer: 'We slowed down.' }],
    });
    expect(bySession!.reflectedOn).toBe('2026-11-24');
    const [given] = await v.call<Reflection[]>('reflections.save', {
      superviseeId: who,
      setId: 'gibbs',
      reflectedOn: '2026-10-06',
      answers: [{ promptId: 'happened', answer: 'First recording.' }],
    });
    expect(given!.reflectedOn).toBe('2026-10-06');
    const options = await v.call<EvidenceOption[]>('reviews.evidenceOptions', {
      superviseeId: who,
      upTo: '2026-11-24',
    });
    const reflections = options.filter((o) => o.kind === 'reflection');
    expect(reflections.map((o) => [o.id, o.date])).toEqual([
      [bySession!.id, '2026-11-24'],
      [given!.id, '2026-10-06'],
    ]);
    const future = await v.invoke('reflections.save', {
      superviseeId: who,
      setId: 'gibbs',
      reflectedOn: addDays(today, 1),
      answers: [{ promptId: 'happened', answer: 'Not yet.' }],
    });
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: ['reflectedOn'] }] } });
  });

  it('dates an action item by its note and by the day it was done', async () => {
    const note = await v.call<Note>('notes.create', {
      superviseeId: who,
      date: '2026-10-13',
      caseCode: 'HV-201',
      actions: [
        { text: 'Send the safety plan', due: '2026-10-20' },
        { text: 'Read on exposure', due: '2026-10-27', done: true, doneOn: '2026-10-25' },
      ],
    });
    const [send, read] = note.actions;
    expect(read!.doneOn).toBe('2026-10-25');
    const done = await v.call<{ doneOn: string }>('actions.setDone', { id: send!.id, done: true, on: '2026-10-19' });
    expect(done.doneOn).toBe('2026-10-19');
    const tooEarly = await v.invoke('actions.setDone', { id: send!.id, done: true, on: '2026-10-01' });
    expect(tooEarly).toMatchObject({ ok: false, error: { issues: [{ path: ['on'] }] } });
  });

  it('puts every one of them on its own day in the timeline, and nothing on the day they were typed', async () => {
    const events = await page();
    expect(events).toEqual(
      expect.arrayContaining([
        '2026-09-02 agreement',
        '2026-09-03 goal_set',
        '2026-11-17 goal_review',
        '2026-11-24 reflection',
        '2026-10-06 reflection',
        '2026-10-13 action_created',
        '2026-10-19 action_done',
        '2026-10-25 action_done',
      ]),
    );
    // Only the goal set without a day lands today.
    expect(events.filter((e) => e.startsWith(today))).toEqual([`${today} goal_set`]);
  });

  it('exports the days (format 6 and later) and reads them back exactly', async () => {
    const doc = exportDocument.parse(exportVault(v.core.vault.db()));
    expect(doc.version).toBeGreaterThanOrEqual(6);
    const { db, sqlite } = freshDb();
    sqlite.prepare('delete from supervisees').run();
    importEntities(db, doc.entities);
    const days = (q: string) => sqlite.prepare(q).pluck().all();
    expect(days('select agreed_on from agreements')).toEqual(['2026-09-02']);
    expect(days('select set_on from goals order by set_on')).toEqual(['2026-09-03', today]);
    expect(days('select reflected_on from reflections order by reflected_on')).toEqual(['2026-10-06', '2026-11-24']);
    expect(days('select done_on from note_actions order by done_on')).toEqual(['2026-10-19', '2026-10-25']);
    sqlite.close();
  });
});

describe('records from before these days existed', () => {
  const copies = migrationCopies();
  afterAll(() => copies.cleanup());
  // Typed at 18:30 on 17 November in Los Angeles: the 18th in UTC.
  const EVENING = '2026-11-18T02:30:00.000Z';

  it('take the local day they were written when the vault is upgraded', () => {
    const sqlite = new Database(':memory:');
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: copies.upTo(24) });
    const run = (q: string, ...args: unknown[]) => sqlite.prepare(q).run(...args);
    run(
      `insert into supervisees (id, full_name, discipline, supervision_start, created_at, updated_at) values (?, ` +
        `'Sample Intern', 'other', '2026-09-01', 't', 't')`,
      PERSON,
    );
    run(
      `insert into agreements (id, supervisee_id, version, frequency, created_at) values ` +
        `('00000000-0000-4000-8000-0000000000b1', ?, 1, 'weekly', ?)`,
      PERSON,
      EVENING,
    );
    run(
      `insert into goals (id, supervisee_id, text, created_at, updated_at) values ` +
        `('00000000-0000-4000-8000-0000000000b2', ?, 'Lead a group', ?, ?)`,
      PERSON,
      EVENING,
      EVENING,
    );
    run(
      `insert into reflections (id, supervisee_id, set_id, set_version, prompt_id, prompt_text, answer, ` +
        `created_at) values ('00000000-0000-4000-8000-0000000000b3', ?, 'gibbs', '1', 'feel', 'What did you feel?', ` +
        `'Unsettled', ?)`,
      PERSON,
      EVENING,
    );
    run(
      `insert into case_notes (id, supervisee_id, date, case_code, created_at, updated_at) values ` +
        `('00000000-0000-4000-8000-0000000000b4', ?, '2026-11-10', 'C-1', 't', 't')`,
      PERSON,
    );
    run(
      `insert into note_actions (id, note_id, supervisee_id, text, done_at, created_at) values ` +
        `('00000000-0000-4000-8000-0000000000b5', '00000000-0000-4000-8000-0000000000b4', ?, 'Call', ?, ?)`,
      PERSON,
      EVENING,
      EVENING,
    );
    migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS });
    const one = (q: string) => sqlite.prepare(q).pluck().get();
    expect(one('select agreed_on from agreements')).toBe('2026-11-17');
    expect(one('select set_on from goals')).toBe('2026-11-17');
    expect(one('select reflected_on from reflections')).toBe('2026-11-17');
    expect(one('select done_on from note_actions')).toBe('2026-11-17');
    // The timeline follows: the action item now sits on its note's day.
    expect(sqlite.prepare('select kind, at from timeline_events order by kind').all()).toEqual([
      { kind: 'action_created', at: '2026-11-10' },
      { kind: 'action_done', at: '2026-11-17' },
      { kind: 'agreement', at: '2026-11-17' },
      { kind: 'goal_set', at: '2026-11-17' },
      { kind: 'note', at: '2026-11-10' },
      { kind: 'reflection', at: '2026-11-17' },
    ]);
    sqlite.close();
  });

  it('take the local day they were written when a file of format 5 is imported', () => {
    const { db, sqlite } = freshDb();
    importEntities(
      db,
      exportDocument.parse({
        format: 'alliance-export',
        version: 5,
        exportedAt: EVENING,
        entities: {
          supervisees: [],
          goals: [
            {
              id: '00000000-0000-4000-8000-0000000000c1',
              superviseeId: PERSON,
              text: 'Lead a group',
              targetDate: null,
              status: 'not_started',
              createdAt: EVENING,
              updatedAt: EVENING,
            },
          ],
        },
      }).entities,
    );
    expect(sqlite.prepare('select set_on from goals').pluck().get()).toBe('2026-11-17');
    sqlite.close();
  });
});
