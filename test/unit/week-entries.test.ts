// Hours logged for a whole week: seen, edited, deleted and undone; refused inside signed periods;
// counted on the week's Sunday, with ranges that cut a week told so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HoursSummary, WeekEntry } from '../../src-main/contract/hours';
import type { Result } from '../../src-main/contract/errors';
import type { HoursEntry } from '../../src-main/contract/sessions';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { AppCore } from '../../src-main/core/app/app-core';
import { coreWithSupervisee } from '../helpers/core-with-supervisee';
import { unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let core: AppCore;
let sup: Supervisee;
let close: () => void;

beforeEach(async () => {
  ({ core, sup, close } = await coreWithSupervisee({
    fullName: 'Marlow Thistledown',
    discipline: 'mft_associate',
    supervisionStart: '2025-09-01',
  }));
});
afterEach(() => close());

const call = async <T>(ch: string, p: unknown) => unwrap(await core.registry.invoke(ch, p, t)) as T;
const entries = () => call<WeekEntry[]>('hours.weekEntries', { superviseeId: sup.id });
const total = async (from: string, to: string) =>
  call<HoursSummary>('hours.summary', { superviseeId: sup.id, period: { range: 'custom', from, to } });
const logWeek = (weekStart: string, lines: HoursEntry[]) =>
  call('hours.logWeek', { superviseeId: sup.id, weekStart, entries: lines });

describe('week entries', () => {
  it('lists a week logged twice as one entry, newest week first, its lines summed', async () => {
    await logWeek('2026-10-14', [{ kind: 'direct', activity: 'individual', hours: 3 }]); // a Wednesday
    await logWeek('2026-10-12', [
      { kind: 'direct', activity: 'individual', hours: 2 },
      { kind: 'indirect', activity: null, hours: 1.5 },
    ]);
    await logWeek('2026-10-05', [{ kind: 'direct', activity: 'group', hours: 4 }]);
    const list = await entries();
    expect(list.map((e) => [e.weekStart, e.weekEnd, e.directHours, e.indirectHours])).toEqual([
      ['2026-10-12', '2026-10-18', 5, 1.5],
      ['2026-10-05', '2026-10-11', 4, 0],
    ]);
    expect(list[0]!.entries).toEqual([
      { kind: 'direct', activity: 'individual', hours: 5 },
      { kind: 'indirect', activity: null, hours: 1.5 },
    ]);
  });

  it('corrects a typo of 30 for 3, deletes, and undoes each, with the totals following', async () => {
    await logWeek('2026-10-12', [{ kind: 'direct', activity: 'individual', hours: 30 }]);
    expect((await total('2026-10-12', '2026-10-18')).directHours).toBe(30);

    const edit = await call<{ previous: HoursEntry[]; entry: WeekEntry }>('hours.setWeek', {
      superviseeId: sup.id,
      weekStart: '2026-10-12',
      entries: [{ kind: 'direct', activity: 'individual', hours: 3 }],
    });
    expect(edit.previous).toEqual([{ kind: 'direct', activity: 'individual', hours: 30 }]);
    expect(edit.entry.directHours).toBe(3);
    expect((await total('2026-10-12', '2026-10-18')).directHours).toBe(3);

    const del = await call<{ previous: HoursEntry[]; entry: null }>('hours.setWeek', {
      superviseeId: sup.id,
      weekStart: '2026-10-12',
      entries: [],
    });
    expect(del.entry).toBeNull();
    expect(await entries()).toEqual([]);
    expect((await total('2026-10-12', '2026-10-18')).directHours).toBe(0);

    // Undo puts back exactly what the delete removed.
    await call('hours.setWeek', { superviseeId: sup.id, weekStart: '2026-10-12', entries: del.previous });
    expect((await entries())[0]!.entries).toEqual([{ kind: 'direct', activity: 'individual', hours: 3 }]);
    expect((await total('2026-10-12', '2026-10-18')).directHours).toBe(3);
  });

  it('refuses to change a week that a signed period touches, and lists it as signed', async () => {
    await logWeek('2026-09-28', [{ kind: 'indirect', activity: null, hours: 2 }]); // 28 Sep to 4 Oct
    unwrap(
      await core.registry.invoke(
        'periods.sign',
        {
          superviseeId: sup.id,
          from: '2026-09-01',
          to: '2026-09-30',
          supervisorName: 'Sable Rookwood',
          supervisorLicence: 'LMFT 54321',
          signedOn: '2026-10-05',
        },
        t,
      ),
    );
    expect((await entries())[0]!.signed).toBe(true);
    const r = (await core.registry.invoke(
      'hours.setWeek',
      { superviseeId: sup.id, weekStart: '2026-09-28', entries: [] },
      t,
    )) as Result<unknown>;
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await entries())[0]!.indirectHours).toBe(2);
  });

  it('counts a week entry where its week ends, and says so when a range cuts the week', async () => {
    // 26 Oct to 1 Nov: October's range holds its Monday but not its Sunday.
    await logWeek('2026-10-26', [{ kind: 'direct', activity: 'individual', hours: 6 }]);
    await logWeek('2026-09-28', [{ kind: 'direct', activity: 'group', hours: 2 }]); // 28 Sep to 4 Oct
    const oct = await total('2026-10-01', '2026-10-31');
    expect(oct.directHours).toBe(2); // the week ending 4 October
    expect(oct.edgeWeeks).toEqual([
      { weekStart: '2026-09-28', weekEnd: '2026-10-04', directHours: 2, indirectHours: 0, counted: true },
      { weekStart: '2026-10-26', weekEnd: '2026-11-01', directHours: 6, indirectHours: 0, counted: false },
    ]);
    const nov = await total('2026-11-01', '2026-11-30');
    expect(nov.directHours).toBe(6);
    expect(nov.edgeWeeks).toEqual([
      { weekStart: '2026-10-26', weekEnd: '2026-11-01', directHours: 6, indirectHours: 0, counted: true },
    ]);
    // A range of whole weeks cuts nothing; October plus November counts both exactly once.
    expect((await total('2026-10-26', '2026-11-01')).edgeWeeks).toEqual([]);
    expect((await total('2026-09-28', '2026-11-30')).directHours).toBe(8);
  });

  it('refuses a week that has not started and lines that make no sense, each on its own field', async () => {
    const r = (await core.registry.invoke(
      'hours.setWeek',
      { superviseeId: sup.id, weekStart: '2026-10-12', entries: [{ kind: 'direct', activity: null, hours: -1 }] },
      t,
    )) as Result<unknown>;
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['entries.0.activity', 'entries.0.hours']);
    const future = (await core.registry.invoke(
      'hours.setWeek',
      { superviseeId: sup.id, weekStart: '2999-01-05', entries: [] },
      t,
    )) as Result<unknown>;
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: ['weekStart'] }] } });
  });
});
