// The supervision agreement (versioned: amending keeps the earlier text, with why it changed) and
// its goals (status through reviews, each review kept), through the registry; reflections about a goal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import type { Agreement, Goal } from '../../src-main/contract/agreements';
import { localToday } from '../../src-main/contract/dates';
import type { Reflection } from '../../src-main/contract/reflections';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

let v: RegistryVault;
let ana: string;
let ben: string;
const invoke = (ch: ChannelName, input: unknown) => v.invoke(ch, input);
const call = <T>(ch: ChannelName, input: unknown) => v.call<T>(ch, input);

beforeAll(async () => {
  v = await openRegistryVault();
  ana = await v.person('Ansel Marchbank');
  ben = await v.person('Brielle Fenwold');
});
afterAll(() => v.close());

const terms = {
  frequency: 'weekly',
  format: 'Individual, video, Tuesdays',
  feedback: 'Written notes after each recording; monthly feedback both ways.',
  evaluationDates: ['2026-12-01', '2026-06-01', '2026-06-01'],
  endsOn: '2027-08-31',
  endingSteps: ['closing_reflection', 'final_evaluation'],
  endingPlan: 'Final evaluation, then a closing reflection.',
};

describe('the supervision agreement', () => {
  it('writes version 1, with dates sorted without repeats and the ending steps in their order', async () => {
    expect(await call('agreement.versions', { superviseeId: ana })).toEqual([]);
    const first = await call<Agreement>('agreement.save', { superviseeId: ana, ...terms });
    expect(first).toMatchObject({
      version: 1,
      reason: null,
      evaluationDates: ['2026-06-01', '2026-12-01'],
      endingSteps: ['final_evaluation', 'closing_reflection'],
    });
  });

  it('refuses an amendment without a reason, and keeps every earlier version as it was', async () => {
    expect(await invoke('agreement.save', { superviseeId: ana, ...terms, frequency: 'fortnightly' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reason'] }] },
    });
    const second = await call<Agreement>('agreement.save', {
      superviseeId: ana,
      ...terms,
      frequency: 'fortnightly',
      reason: 'More independent now',
    });
    expect(second).toMatchObject({ version: 2, frequency: 'fortnightly', reason: 'More independent now' });
    const versions = await call<Agreement[]>('agreement.versions', { superviseeId: ana });
    expect(versions.map((a) => [a.version, a.frequency])).toEqual([
      [2, 'fortnightly'],
      [1, 'weekly'],
    ]);
    // Another supervisee's agreement starts at 1.
    expect((await call<Agreement>('agreement.save', { superviseeId: ben, ...terms })).version).toBe(1);
  });

  it('refuses an evaluation after the agreed end, and a date that does not exist', async () => {
    expect(
      await invoke('agreement.save', {
        superviseeId: ben,
        ...terms,
        evaluationDates: ['2028-01-01'],
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['evaluationDates'] }] } });
    expect(
      await invoke('agreement.save', { superviseeId: ben, ...terms, evaluationDates: ['2026-02-30'], reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['evaluationDates', 0], message: 'That date does not exist.' }] },
    });
  });
});

describe('goals', () => {
  let goal: Goal;

  it('adds a goal not started, rewords it, and lists open ones before met ones', async () => {
    goal = await call<Goal>('goals.create', { superviseeId: ana, text: 'Screen for risk', targetDate: '2027-03-01' });
    expect(goal).toMatchObject({ status: 'not_started', reviews: [] });
    const met = await call<Goal>('goals.create', { superviseeId: ana, text: 'Lead a group', targetDate: null });
    await call('goals.review', { id: met.id, reviewedOn: localToday(), status: 'met', comment: 'Done well' });
    const reworded = await call<Goal>('goals.update', {
      id: goal.id,
      text: 'Screen for risk at every first session',
      targetDate: '2027-02-01',
    });
    expect(reworded).toMatchObject({ text: 'Screen for risk at every first session', status: 'not_started' });
    const list = await call<Goal[]>('goals.list', { superviseeId: ana });
    expect(list.map((g) => [g.text, g.status])).toEqual([
      ['Screen for risk at every first session', 'not_started'],
      ['Lead a group', 'met'],
    ]);
    expect(await invoke('goals.create', { superviseeId: ana, text: ' ', targetDate: null })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['text'], message: 'Say what the goal is.' }] },
    });
  });

  it('takes the status of its newest review, keeps every review, and refuses a review dated ahead', async () => {
    const today = localToday();
    await call('goals.review', { id: goal.id, reviewedOn: today, status: 'in_progress', comment: 'Asked in 3 of 4' });
    const after = await call<Goal>('goals.review', {
      id: goal.id,
      reviewedOn: today,
      status: 'met',
      comment: 'Every first session now',
    });
    expect(after.status).toBe('met');
    expect(after.reviews.map((r) => [r.status, r.comment])).toEqual([
      ['met', 'Every first session now'],
      ['in_progress', 'Asked in 3 of 4'],
    ]);
    expect(
      await invoke('goals.review', { id: goal.id, reviewedOn: '2999-01-01', status: 'met', comment: '' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['reviewedOn'] }] } });
    expect(
      await invoke('goals.review', { id: goal.id, reviewedOn: '2001-01-01', status: 'met', comment: '' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['reviewedOn'] }] } });
  });

  it('links a reflection to a goal of the same supervisee only, and lists a goal’s reflections', async () => {
    const [r] = await call<Reflection[]>('reflections.save', {
      superviseeId: ana,
      setId: 'alliance',
      goalId: goal.id,
      answers: [{ promptId: 'goals', answer: 'Yes, risk first' }],
    });
    expect(r!.goalId).toBe(goal.id);
    expect(
      await invoke('reflections.save', {
        superviseeId: ben,
        setId: 'alliance',
        goalId: goal.id,
        answers: [{ promptId: 'goals', answer: 'x' }],
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['goalId'] }] } });
    expect(
      (await call<Reflection[]>('reflections.list', { superviseeId: ana, goalId: goal.id })).map((x) => x.id),
    ).toEqual([r!.id]);
  });
});
