// Alliance check-ins (a drop of 2 or more points against the same respondent's recent average is
// flagged), feedback received, and the constellation, through the registry.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import type { Checkin, ConstellationMember, FeedbackItem } from '../../src-main/contract/alliance';
import { ALLIANCE_PARTS } from '../../src-main/contract/enums';
import { DROP_POINTS, dropsAgainst, RECENT } from '../../src-main/core/alliance/checkins';
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

const checkin = (day: string, goals: number, tasks: number, bond: number, respondent = 'supervisee') =>
  call<Checkin>('checkins.create', {
    superviseeId: ana,
    checkedOn: day,
    respondent,
    goals,
    tasks,
    bond,
    comment: '',
  });

describe('alliance check-ins', () => {
  it('flags a part that falls 2 or more below the same respondent’s recent average', async () => {
    await checkin('2026-01-05', 8, 8, 9);
    await checkin('2026-01-12', 8, 7, 9);
    await checkin('2026-01-19', 8, 9, 9);
    // The supervisor's own view is compared only with the supervisor's.
    const mine = await checkin('2026-01-20', 4, 4, 4, 'supervisor');
    expect(mine.drops).toEqual([]);
    // Against the three before it: goals 6 is 2 below 8, tasks 7 is 1 below 8, bond 7 is 2 below 9.
    const drop = await checkin('2026-01-26', 6, 7, 7);
    expect(drop.drops).toEqual(['goals', 'bond']);
    const list = await call<Checkin[]>('checkins.list', { superviseeId: ana });
    expect(list.map((c) => c.checkedOn)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-20',
      '2026-01-26',
    ]);
    expect(list.map((c) => c.drops.length)).toEqual([0, 0, 0, 0, 2]);
  });

  it('agrees with the rule worked out by hand for any run of scores', () => {
    const score = fc.record({
      goals: fc.integer({ min: 0, max: 10 }),
      tasks: fc.integer({ min: 0, max: 10 }),
      bond: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(score, { maxLength: RECENT }), score, (recent, now) => {
        const drops = dropsAgainst(recent, now);
        for (const p of ALLIANCE_PARTS) {
          const avg = recent.length ? recent.reduce((s, r) => s + r[p], 0) / recent.length : null;
          expect(drops.includes(p)).toBe(avg !== null && avg - now[p] >= DROP_POINTS);
        }
      }),
    );
  });

  it('refuses a future date, a score off 0-10 and another supervisee’s session', async () => {
    const base = {
      superviseeId: ana,
      checkedOn: '2026-01-05',
      respondent: 'supervisor',
      goals: 5,
      tasks: 5,
      bond: 5,
      comment: '',
    };
    expect(await invoke('checkins.create', { ...base, checkedOn: '2999-01-01' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['checkedOn'] }] },
    });
    expect(await invoke('checkins.create', { ...base, bond: 11 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['bond'] }] },
    });
    const benSession = await call<{ id: string }>('sessions.create', {
      superviseeId: ben,
      date: '2026-01-05',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
    });
    expect(await invoke('checkins.create', { ...base, sessionId: benSession.id })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['sessionId'] }] },
    });
  });

  it('deletes a check-in', async () => {
    const c = await checkin('2026-02-02', 9, 9, 9);
    await call('checkins.delete', { id: c.id });
    expect((await call<Checkin[]>('checkins.list', { superviseeId: ana })).map((x) => x.id)).not.toContain(c.id);
    expect(await invoke('checkins.delete', { id: c.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('feedback received', () => {
  it('keeps what was said and what changed, newest first, and can be corrected or removed', async () => {
    const a = await call<FeedbackItem>('feedback.create', {
      superviseeId: ana,
      receivedOn: '2026-02-01',
      source: 'supervisee',
      feedback: 'Would like more time on cases',
      changed: '',
    });
    await call('feedback.create', {
      superviseeId: ana,
      receivedOn: '2026-03-01',
      source: 'program',
      feedback: 'Mid-year survey: clear expectations',
      changed: 'Kept the agenda',
    });
    expect(
      await invoke('feedback.create', {
        superviseeId: ana,
        receivedOn: '2026-02-01',
        source: 'other',
        feedback: ' ',
        changed: '',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['feedback'] }] } });
    const fixed = await call<FeedbackItem>('feedback.update', {
      id: a.id,
      receivedOn: '2026-02-01',
      source: 'supervisee',
      feedback: 'Would like more time on cases',
      changed: 'Cases first in each meeting',
    });
    expect(fixed.changed).toBe('Cases first in each meeting');
    const list = await call<FeedbackItem[]>('feedback.list', { superviseeId: ana });
    expect(list.map((f) => f.receivedOn)).toEqual(['2026-03-01', '2026-02-01']);
    await call('feedback.delete', { id: a.id });
    expect(await call<FeedbackItem[]>('feedback.list', { superviseeId: ana })).toHaveLength(1);
  });
});

describe('the constellation', () => {
  it('lists who else holds the supervisee, site supervisor first, and can change or remove them', async () => {
    await call('constellation.add', { superviseeId: ana, name: 'Peer group', role: 'peer_mentor', covers: 'Monthly' });
    const site = await call<ConstellationMember>('constellation.add', {
      superviseeId: ana,
      name: 'Dr. Placeholder',
      role: 'site_supervisor',
      covers: 'Day-to-day casework at the clinic',
    });
    expect((await call<ConstellationMember[]>('constellation.list', { superviseeId: ana })).map((m) => m.role)).toEqual(
      ['site_supervisor', 'peer_mentor'],
    );
    expect(await invoke('constellation.add', { superviseeId: ana, name: '', role: 'coach', covers: '' })).toMatchObject(
      {
        ok: false,
        error: { issues: [{ path: ['name'] }] },
      },
    );
    const moved = await call<ConstellationMember>('constellation.update', {
      id: site.id,
      name: 'Dr. Placeholder',
      role: 'faculty',
      covers: '',
    });
    expect(moved.role).toBe('faculty');
    await call('constellation.remove', { id: site.id });
    expect(await call<ConstellationMember[]>('constellation.list', { superviseeId: ana })).toHaveLength(1);
    expect(await call<ConstellationMember[]>('constellation.list', { superviseeId: ben })).toEqual([]);
  });
});
