// The supervisee's side of the alliance across two real vaults: the check-ins they recorded as their
// own view and the feedback they gave on supervision, for November, arrive in the supervisor's vault
// as the supervisee's; a drop against their earlier check-ins is flagged there, worked out by hand.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checkin, FeedbackItem } from '../../src-main/contract/alliance';
import { buildRecords, receivePacket } from '../../src-main/core/exchange/packets';
import { pairedVaults, send, type Side } from '../helpers/exchange-pair';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
let v: Awaited<ReturnType<typeof pairedVaults>>;
beforeEach(async () => {
  v = await pairedVaults();
});
afterEach(() => v.close());

const checkin = (s: Side, checkedOn: string, respondent: string, [goals, tasks, bond]: number[], comment = '') =>
  s.call('checkins.create', { superviseeId: s.sup.id, checkedOn, respondent, goals, tasks, bond, comment });
const feedback = (s: Side, receivedOn: string, source: string, text: string) =>
  s.call('feedback.create', { superviseeId: s.sup.id, receivedOn, source, feedback: text, changed: '' });
const checkins = () => v.supervisor.call<Checkin[]>('checkins.list', { superviseeId: v.supervisor.sup.id });
const feedbackList = () => v.supervisor.call<FeedbackItem[]>('feedback.list', { superviseeId: v.supervisor.sup.id });

async function deliverNovember() {
  const packet = await send(v.supervisee, v.outbox.path, 'alliance', NOVEMBER);
  return receivePacket(v.supervisor.db(), readFileSync(packet.file));
}

describe('check-ins and feedback from the supervisee’s side', () => {
  it('adds November’s own-view check-ins and feedback to the supervisor’s alliance, once', async () => {
    // The supervisor's vault already holds three of the supervisee's check-ins at 9, 9, 9.
    for (const d of ['2026-09-07', '2026-09-21', '2026-10-05']) await checkin(v.supervisor, d, 'supervisee', [9, 9, 9]);
    // The supervisee's vault: their own view in October and November, a supervisor's view they noted,
    // feedback they gave and feedback from their program (not theirs to send).
    await checkin(v.supervisee, '2026-10-19', 'supervisee', [8, 8, 8]);
    await checkin(v.supervisee, '2026-11-16', 'supervisee', [6, 8, 9], 'Goals feel unclear since the rotation.');
    await checkin(v.supervisee, '2026-11-16', 'supervisor', [7, 7, 7]);
    await feedback(v.supervisee, '2026-11-23', 'supervisee', 'More time on case conceptualisation, please.');
    await feedback(v.supervisee, '2026-11-24', 'program', 'Mid-year review due.');

    const opened = await deliverNovember();
    expect(opened.preview.slice(0, 3)).toEqual([
      '1 check-in from their side and 1 piece of feedback on supervision.',
      'Check-in 2026-11-16: goals 6, tasks 8, bond 9: Goals feel unclear since the rotation.',
      'Feedback 2026-11-23: More time on case conceptualisation, please.',
    ]);
    const got = await checkins();
    const november = got.find((c) => c.checkedOn === '2026-11-16')!;
    expect([november.respondent, november.goals, november.tasks, november.bond]).toEqual(['supervisee', 6, 8, 9]);
    // Against the mean of the three before (9): goals fell 3, a drop; tasks fell 1 and bond 0, not.
    expect(november.drops).toEqual(['goals']);
    expect(got).toHaveLength(4);
    const fb = await feedbackList();
    expect(fb.map((f) => [f.receivedOn, f.source, f.feedback])).toEqual([
      ['2026-11-23', 'supervisee', 'More time on case conceptualisation, please.'],
    ]);

    // Sent again, nothing is added twice.
    const again = await deliverNovember();
    expect(again.preview.at(-1)).toBe('2 of these are already in your vault and left as they are.');
    expect(await checkins()).toHaveLength(4);
    expect(await feedbackList()).toHaveLength(1);
  });

  it('refuses a period with nothing of theirs in it, and refuses it from the supervisor', async () => {
    await checkin(v.supervisee, '2026-11-16', 'supervisor', [7, 7, 7]);
    expect(() =>
      buildRecords(v.supervisee.db(), { superviseeId: v.supervisee.sup.id, kind: 'alliance', period: NOVEMBER }),
    ).toThrow('Nothing of yours is recorded in those days: no check-in from your side and no feedback.');
    expect(() =>
      buildRecords(v.supervisor.db(), { superviseeId: v.supervisor.sup.id, kind: 'alliance', period: NOVEMBER }),
    ).toThrow('A check-ins and feedback packet is sent by the supervisee, not the supervisor.');
  });
});
