// Second adversarial round, integrity: a JSON import applies the rules the app applies to what is
// typed. A real vault is filled through the registry and exported; each case changes one thing in
// that export the way a hand-made or hostile file would, and the import must refuse it at its place.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src-main/contract/frameworks';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import type { ExportDocument } from '../../src-main/core/data-transfer/json-format';
import { importProblems } from '../helpers/import-problems';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let doc: ExportDocument;
let sessionId: string;
let sessionDay: string;

beforeAll(async () => {
  v = await openRegistryVault();
  const who = await v.call<{ id: string }>('supervisees.create', {
    fullName: 'Tamsin Holloway',
    discipline: 'psychology_trainee',
    supervisionStart: '2026-01-05',
  });
  const session = await v.call<{ id: string; date: string }>('sessions.create', {
    superviseeId: who.id,
    date: '2026-03-04',
    durationMinutes: 60,
    format: 'individual',
    modality: 'video',
    hours: [{ kind: 'direct', activity: 'individual', hours: 3 }],
  });
  sessionId = session.id;
  sessionDay = session.date;
  await v.call('hours.logWeek', {
    superviseeId: who.id,
    weekStart: '2026-03-09',
    entries: [{ kind: 'indirect', hours: 2 }],
  });
  await v.call('agreement.save', {
    superviseeId: who.id,
    frequency: 'weekly',
    format: 'individual, video',
    feedback: 'Both ways, each session',
    evaluationDates: ['2026-06-01'],
    endsOn: '2026-12-31',
    endingSteps: [],
    endingPlan: '',
    agreedOn: '2026-01-10',
  });
  await v.call('agreement.save', {
    superviseeId: who.id,
    frequency: 'fortnightly',
    format: 'individual, video',
    feedback: 'Both ways, each session',
    evaluationDates: ['2026-06-01'],
    endsOn: '2026-12-31',
    endingSteps: [],
    endingPlan: '',
    reason: 'Fewer meetings in summer',
    agreedOn: '2026-02-10',
  });
  const goal = await v.call<{ id: string }>('goals.create', {
    superviseeId: who.id,
    text: 'Pace the first sessions',
    targetDate: null,
    setOn: '2026-02-01',
  });
  await v.call('goals.review', { id: goal.id, reviewedOn: '2026-03-01', status: 'in_progress', comment: '' });
  const review = await v.call<Review>('reviews.create', {
    superviseeId: who.id,
    frameworkId: 'apa-pwc-1',
    reviewedOn: '2026-03-10',
  });
  await v.call('reviews.save', {
    id: review.id,
    reviewedOn: '2026-03-10',
    strengths: '',
    limitations: '',
    ratings: [{ competencyCode: 'RES', level: 2, comment: '', evidence: [{ kind: 'session', id: sessionId }] }],
  });
  await v.call('frameworks.create', {
    name: 'Practicum A',
    scaleMin: 1,
    scaleMax: 5,
    halfLevels: false,
    targetLevel: null,
    competencies: [{ code: 'REL', name: 'Relationship', group: 'Core' }],
  });
  await v.call('notes.create', {
    superviseeId: who.id,
    date: '2026-03-04',
    caseCode: 'C-14',
    actions: [{ text: 'Read on pacing', due: null }],
  });
  doc = JSON.parse(JSON.stringify(exportVault(v.core.vault.db()))) as ExportDocument;
});
afterAll(() => v.close());

// What importing `change(copy of the export)` into a new vault refuses, as "location: message".
async function refusals(change: (d: ExportDocument) => void): Promise<string[]> {
  const d = structuredClone(doc);
  change(d);
  const into = await openRegistryVault();
  try {
    return importProblems(into.core.vault.db(), d).map((p) => `${p.location}: ${p.message}`);
  } finally {
    into.close();
  }
}

describe('the import applies the app’s rules', () => {
  it('takes the export as it is', async () => {
    expect(await refusals(() => {})).toEqual([]);
  });

  it('refuses a goal review dated before its goal was set', async () => {
    const problems = await refusals((d) => {
      d.entities.goalReviews[0]!.reviewedOn = '2026-01-20';
    });
    expect(problems).toEqual(['entities.goalReviews[0].reviewedOn: This review is dated before the goal was set.']);
  });

  it('refuses an agreement whose evaluation date falls after its end', async () => {
    const problems = await refusals((d) => {
      d.entities.agreements[0]!.endsOn = '2026-05-01';
    });
    expect(problems).toEqual([
      'entities.agreements[0].evaluationDates: An evaluation date falls after the agreed end of supervision.',
    ]);
  });

  it('refuses agreement versions that do not run 1, 2, 3', async () => {
    const problems = await refusals((d) => {
      for (const a of d.entities.agreements) a.version += 1;
    });
    // (The first version, now numbered 2, also lacks an amendment's reason.)
    expect(problems).toContainEqual(expect.stringMatching(/^entities\.agreements\[\d\]\.version: .*run 1, 2, 3/));
  });

  it('refuses two reviews of one framework on one day, in the file and against the vault', async () => {
    const twice = await refusals((d) => {
      const copy = { ...d.entities.competencyReviews[0]!, id: randomUUID() };
      d.entities.competencyReviews.push(copy);
    });
    expect(twice).toEqual([expect.stringMatching(/^entities\.competencyReviews\[1\]\.reviewedOn: There is already/)]);

    // Into the vault it came from (with new ids): the day is taken there.
    const d = structuredClone(doc);
    d.entities.supervisees = [];
    d.entities.competencyReviews = d.entities.competencyReviews.map((r) => ({ ...r, id: randomUUID() }));
    for (const list of Object.keys(d.entities) as (keyof ExportDocument['entities'])[])
      if (list !== 'competencyReviews' && list !== 'settings') (d.entities[list] as unknown[]) = [];
    const problems = importProblems(v.core.vault.db(), d).map((p) => `${p.location}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^entities\.competencyReviews\[0\]\.reviewedOn: There is already/),
    ]);
  });

  it('refuses more than 30 action items on one note', async () => {
    const problems = await refusals((d) => {
      const first = d.entities.noteActions[0]!;
      for (let i = 0; i < 30; i++) d.entities.noteActions.push({ ...first, id: randomUUID() });
    });
    expect(problems).toEqual(['entities.noteActions[30].noteId: At most 30 action items on one note, as in the app.']);
  });

  it('refuses more than 30 lines of hours on one session', async () => {
    let last = -1;
    const problems = await refusals((d) => {
      const line = d.entities.clientHours.find((h) => h.sessionId === sessionId)!;
      for (let i = 0; i < 30; i++) d.entities.clientHours.push({ ...line, id: randomUUID() });
      last = d.entities.clientHours.length - 1;
    });
    expect(problems).toEqual([
      `entities.clientHours[${last}].sessionId: At most 30 lines of hours on one session, as in the app.`,
    ]);
  });

  it('refuses a new version of a framework family that is already in the vault', async () => {
    const d = structuredClone(doc);
    const own = d.entities.frameworks[0]!;
    for (const list of Object.keys(d.entities) as (keyof ExportDocument['entities'])[])
      if (list !== 'settings') (d.entities[list] as unknown[]) = [];
    d.entities.frameworks = [{ ...own, id: `${own.family}-v9`, version: 9 }];
    const problems = importProblems(v.core.vault.db(), d).map((p) => `${p.location}: ${p.message}`);
    expect(problems).toEqual([expect.stringMatching(/^entities\.frameworks\[0\]\.family: This framework is already/)]);
  });

  it('refuses a moment years ahead, which would pin a record to the top of every list', async () => {
    const problems = await refusals((d) => {
      d.entities.sessions[0]!.createdAt = '9999-01-01T00:00:00.000Z';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^entities\.sessions\[0\]\.createdAt: This moment is in the future/),
    ]);
  });

  it('refuses a group of 1e15', async () => {
    const problems = await refusals((d) => {
      Object.assign(d.entities.sessions[0]!, { format: 'group', groupSize: 1e15 });
    });
    expect(problems).toEqual([expect.stringMatching(/^entities\.sessions\[0\]\.groupSize: More than 500/)]);
  });

  it('refuses week hours that are not a Monday-to-Sunday week, and session hours off the session’s day', async () => {
    const week = () => (d: ExportDocument) => d.entities.clientHours.find((h) => h.sessionId === null)!;
    const ending2099 = await refusals((d) => {
      week()(d).periodEnd = '2099-01-01';
    });
    expect(ending2099).toEqual([expect.stringMatching(/\.periodStart: Hours not tied to a session cover one week/)]);
    const wednesday = await refusals((d) => {
      Object.assign(week()(d), { periodStart: '2026-03-11', periodEnd: '2026-03-17' });
    });
    expect(wednesday).toEqual([expect.stringMatching(/\.periodStart: Hours not tied to a session cover one week/)]);
    const monthAway = await refusals((d) => {
      Object.assign(
        d.entities.clientHours.find((h) => h.sessionId === sessionId)!,
        {
          periodStart: '2026-02-04',
          periodEnd: '2026-02-04',
        },
      );
    });
    expect(monthAway).toEqual([
      expect.stringMatching(/\.periodStart: Hours logged with a session are on the session’s day/),
    ]);
    expect(sessionDay).toBe('2026-03-04');
  });
});

describe('saving a draft review', () => {
  it('refuses evidence dated after the review, and moving the draft onto another review’s day', async () => {
    const who = doc.entities.supervisees[0]!.id;
    const later = await v.call<{ id: string }>('sessions.create', {
      superviseeId: who,
      date: '2026-04-02',
      durationMinutes: 50,
      format: 'individual',
      modality: 'in_person',
    });
    const draft = await v.call<Review>('reviews.create', {
      superviseeId: who,
      frameworkId: 'apa-pwc-1',
      reviewedOn: '2026-03-20',
    });
    const base = { id: draft.id, strengths: '', limitations: '' };
    const afterIt = await v.invoke('reviews.save', {
      ...base,
      reviewedOn: '2026-03-20',
      ratings: [{ competencyCode: 'RES', level: 2, comment: '', evidence: [{ kind: 'session', id: later.id }] }],
    });
    expect(afterIt).toMatchObject({
      ok: false,
      error: {
        issues: [{ path: ['ratings', 0, 'evidence', 0], message: expect.stringMatching(/dated after the review/) }],
      },
    });
    const onto = await v.invoke('reviews.save', { ...base, reviewedOn: '2026-03-10', ratings: [] });
    expect(onto).toMatchObject({
      ok: false,
      error: {
        issues: [{ path: ['reviewedOn'], message: 'There is already a review against this framework on that date.' }],
      },
    });
    // Its own day, and evidence from before it, are fine.
    expect(
      (
        await v.invoke('reviews.save', {
          ...base,
          reviewedOn: '2026-04-05',
          ratings: [{ competencyCode: 'RES', level: 2, comment: '', evidence: [{ kind: 'session', id: later.id }] }],
        })
      ).ok,
    ).toBe(true);
  });
});
