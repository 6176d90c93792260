// This week says what each rule pack still asks of the running week or month, worked out by hand.
// Today is Wednesday 2026-03-11: the week runs 9 to 15 March, the month ends on the 31st.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { WeekOverview } from '../../src-main/contract/week';
import type { ChannelName } from '../../src-main/contract';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const TODAY = '2026-03-11';
let v: RegistryVault;

beforeEach(async () => {
  v = await openRegistryVault();
});
afterEach(() => v.close());

const call = <T>(ch: ChannelName, p: unknown) => v.call<T>(ch, p);
const person = (fullName: string, rulePack: string, supervisionEnd: string | null = null) =>
  call<Supervisee>('supervisees.create', {
    fullName,
    discipline: 'counseling_associate',
    supervisionStart: '2026-01-05',
    supervisionEnd,
    rulePack,
  });
const session = (sup: Supervisee, date: string, minutes: number, format: 'individual' | 'group', direct = 0) =>
  call('sessions.create', {
    superviseeId: sup.id,
    date,
    durationMinutes: minutes,
    format,
    groupSize: format === 'group' ? 5 : null,
    modality: 'in_person',
    hours: direct ? [{ kind: 'direct', activity: 'individual', hours: direct }] : [],
  });
const ahead = async () =>
  (await call<WeekOverview>('week.overview', { today: TODAY })).ahead.map((a) => [a.superviseeName, a.detail]);

describe('before the week ends', () => {
  it('says what each pack still needs this week or month, and drops it once logged', async () => {
    const ca = await person('Sample Ardenne', 'ca-bbs');
    const tx = await person('Sample Bexley', 'tx-lpc');
    const cacrep = await person('Sample Corrin', 'cacrep-practicum');
    await person('Sample Dunmore', 'cacrep-practicum', '2026-02-28'); // supervision over: nothing asked
    // California: 11 direct hours with 1 hour of individual supervision is 1 unit; 2 are needed.
    await session(ca, '2026-03-09', 60, 'individual', 11);
    // Texas: 1 hour of supervision this month, 4 needed.
    await session(tx, '2026-03-02', 60, 'individual');
    expect(await ahead()).toEqual([
      ['Sample Ardenne', '11 direct hours logged this week: 1 more unit of supervision needed by 2026-03-15.'],
      ['Sample Corrin', '0 hours of individual or triadic supervision this week; about 1 expected by 2026-03-15.'],
      ['Sample Bexley', '1 of 4 hours of supervision this month: 3 more needed by 2026-03-31.'],
    ]);

    // 2 hours of group is the second unit; 1 hour individual meets CACREP's week; 3 more hours meet
    // Texas's month.
    await session(ca, '2026-03-10', 120, 'group');
    await session(cacrep, '2026-03-10', 60, 'individual');
    await session(tx, '2026-03-10', 180, 'individual');
    expect(await ahead()).toEqual([]);

    // California's week: 11 + 20 direct, 4 indirect and 3 hours of supervision = 38 of 40.
    await call('hours.logWeek', {
      superviseeId: ca.id,
      weekStart: '2026-03-09',
      entries: [
        { kind: 'direct', activity: 'family', hours: 20 },
        { kind: 'indirect', hours: 4 },
      ],
    });
    expect(await ahead()).toEqual([
      ['Sample Ardenne', '38 hours logged this week: at most 2 more count by 2026-03-15.'],
    ]);
    await session(ca, '2026-03-11', 180, 'individual');
    expect(await ahead()).toEqual([['Sample Ardenne', '41 hours logged this week; only 40 count toward the total.']]);
  });
});
