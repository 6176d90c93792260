// The licensure forecast against dates worked out by hand, one crafted history per built-in pack.
// "Today" is Wednesday 2026-03-04 throughout: the forecast counts whole weeks from Monday 2026-03-09,
// so week k ends on 2026-03-09 + 7k - 1 days; the pace windows are the 8 (or 26) complete weeks
// before 2026-03-02. The arithmetic behind each date is written next to it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LicenceForecast } from '../../src-main/contract/rules';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { addDays } from '../../src-main/contract/dates';
import type { ChannelName } from '../../src-main/contract';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const TODAY = '2026-03-04';
let v: RegistryVault;

beforeEach(async () => {
  v = await openRegistryVault();
});
afterEach(() => v.close());

const call = <T>(ch: ChannelName, p: unknown) => v.call<T>(ch, p);
const person = (rulePack: string, supervisionStart: string) =>
  call<Supervisee>('supervisees.create', {
    fullName: 'Wren Alderley',
    discipline: 'mft_associate',
    supervisionStart,
    rulePack,
  });
// A week's client hours, and (when asked) a supervision session on its Monday.
async function week(
  sup: Supervisee,
  monday: string,
  direct: number,
  indirect: number,
  session?: 'individual' | 'group',
  minutes = 60,
) {
  const lines = [
    ...(direct ? [{ kind: 'direct', activity: 'individual', hours: direct }] : []),
    ...(indirect ? [{ kind: 'indirect', hours: indirect }] : []),
  ];
  if (lines.length) await call('hours.logWeek', { superviseeId: sup.id, weekStart: monday, entries: lines });
  if (session)
    await call('sessions.create', {
      superviseeId: sup.id,
      date: monday,
      durationMinutes: minutes,
      format: session,
      groupSize: session === 'group' ? 4 : null,
      modality: 'in_person',
    });
}
const mondays = (first: string, n: number) => Array.from({ length: n }, (_, i) => addDays(first, 7 * i));
const forecast = (sup: Supervisee, directPerWeek: number | null = null) =>
  call<LicenceForecast>('rules.forecast', { superviseeId: sup.id, directPerWeek, today: TODAY });
const byId = (f: LicenceForecast) => Object.fromEntries(f.requirements.map((r) => [r.id, r]));

describe('licensure forecast', () => {
  it('California BBS: the 40-hour week bounds the earliest date, 104 weeks decide it', async () => {
    const sup = await person('ca-bbs', '2025-09-01');
    // 18 weeks of 10 direct + 5 indirect + 1 h individual supervision (16 h), then 8 weeks of
    // 20 + 5 + 1 (26 h), then 3 direct hours with a 1 h session in the running week.
    for (const m of mondays('2025-09-01', 18)) await week(sup, m, 10, 5, 'individual');
    for (const m of mondays('2026-01-05', 8)) await week(sup, m, 20, 5, 'individual');
    await call('sessions.create', {
      superviseeId: sup.id,
      date: '2026-03-03',
      durationMinutes: 60,
      format: 'individual',
      modality: 'video',
      hours: [{ kind: 'direct', activity: 'individual', hours: 3 }],
    });
    const f = await forecast(sup, 15);
    const r = byId(f);
    expect(f.fromWeek).toBe('2026-03-09');
    // So far: direct 180 + 160 + 3 = 343; total 343 + 130 indirect + 27 supervision = 500.
    expect(r.total).toMatchObject({ value: 500, remaining: 2500, weeklyCap: 40, pace8: 26, pace26: 19.08 });
    expect(r.direct).toMatchObject({ value: 343, remaining: 1407, pace8: 20, pace26: 13.08 });
    // Earliest at 40 h a week: total 2500 / 40 = 62.5 -> 63 weeks -> 2027-05-23; direct
    // 1407 / 40 = 35.2 -> 36 weeks -> 2026-11-15; 104 weeks from Monday 2025-09-01 end 2027-08-29.
    expect([r.total!.earliest, r.direct!.earliest, r.span!.earliest]).toEqual([
      '2027-05-23',
      '2026-11-15',
      '2027-08-29',
    ]);
    expect(f.outcomes.earliest).toEqual({ date: '2027-08-29', binding: 'span' });
    // Last 8 weeks: total 2500 / 26 = 96.2 -> 97 weeks -> 2028-01-16; direct 1407 / 20 = 70.4 -> 71
    // weeks -> 2027-07-18.
    expect([r.total!.atPace8, r.direct!.atPace8]).toEqual(['2028-01-16', '2027-07-18']);
    expect(f.outcomes.atPace8).toEqual({ date: '2028-01-16', binding: 'total' });
    // Last 26 weeks: 496 / 26 = 19.08 a week -> 2500 / 19.08 = 131.05 -> 132 weeks -> 2028-09-17.
    expect(f.outcomes.atPace26).toEqual({ date: '2028-09-17', binding: 'total' });
    // At 15 direct a week the total runs at 15 + 5 + 1 = 21: 2500 / 21 = 119.05 -> 120 weeks -> 2028-06-25.
    expect(r.total!.whatIfPace).toBe(21);
    expect(f.outcomes.whatIf).toEqual({ date: '2028-06-25', binding: 'total' });
    expect(f.registrationEnds).toBeNull();
    expect(f.notes[0]).toContain('at most 40 hours a week');
  });

  it('California BBS: a tried pace above the weekly limit counts only the limit', async () => {
    const sup = await person('ca-bbs', '2025-09-01');
    for (const m of mondays('2026-01-05', 8)) await week(sup, m, 20, 5, 'individual');
    const f = await forecast(sup, 60);
    // 60 direct + 5 + 1 = 66 a week, of which 40 count: total 2792 / 40 = 69.8 -> 70 weeks -> 2027-07-11.
    expect(byId(f).total).toMatchObject({ whatIfPace: 40, whatIf: '2027-07-11' });
    expect(byId(f).direct).toMatchObject({ whatIfPace: 40 });
  });

  it('Texas LPC: no weekly limit, 18 months already spanned, the registration ends after 60 months', async () => {
    const sup = await person('tx-lpc', '2024-01-01');
    await week(sup, '2024-01-01', 100, 100);
    for (const m of mondays('2026-01-05', 8)) await week(sup, m, 25, 5);
    const f = await forecast(sup, 10);
    const r = byId(f);
    // 2024-01-01 + 60 months = 2029-01-01, so the registration's last day is 2028-12-31.
    expect(f.registrationEnds).toBe('2028-12-31');
    expect(r.span).toMatchObject({ met: true, earliest: null });
    expect(r.total).toMatchObject({ value: 440, remaining: 2560, weeklyCap: null, earliest: null });
    // No cap and the span met: nothing bounds the earliest date.
    expect(f.outcomes.earliest).toEqual({ date: null, binding: null });
    // Last 8 weeks: total 30 a week: 2560 / 30 = 85.3 -> 86 weeks -> 2027-10-31; direct 1200 / 25 = 48
    // weeks exactly -> 2027-02-07 (no extra week for an exact division).
    expect([r.total!.atPace8, r.direct!.atPace8]).toEqual(['2027-10-31', '2027-02-07']);
    // Last 26 weeks: 240 / 26 = 9.23 a week: 2560 / 9.23 = 277.3 -> 278 weeks -> 2031-07-06.
    expect(f.outcomes.atPace26).toEqual({ date: '2031-07-06', binding: 'total' });
    // 147 whole weeks from 2026-03-09 to 2028-12-31: 2560 / 147 = 17.415 -> 17.42; 1200 / 147 -> 8.17.
    expect([r.total!.neededByRegistrationEnd, r.direct!.neededByRegistrationEnd]).toEqual([17.42, 8.17]);
    // At 10 direct a week: total 15: 2560 / 15 = 170.7 -> 171 weeks -> 2029-06-17, after the registration.
    expect(f.outcomes.whatIf).toEqual({ date: '2029-06-17', binding: 'total' });
    expect(f.notes).toContain('At the pace tried, the requirements are met after the registration ends on 2028-12-31.');
    expect(f.notes.some((n) => n.includes('last 8 weeks'))).toBe(false);
  });

  it('NBCC: supervision hours and total hours each at their own pace', async () => {
    const sup = await person('nbcc', '2025-06-02');
    // 8 weeks of 30 direct + 8 indirect + a 2 h group session: 40 a week, 2 of them supervision.
    for (const m of mondays('2026-01-05', 8)) await week(sup, m, 30, 8, 'group', 120);
    const f = await forecast(sup);
    const r = byId(f);
    expect(r.supervision).toMatchObject({ value: 16, remaining: 84, pace8: 2, pace26: 0.62 });
    // Total 2680 / 40 = 67 weeks -> 2027-06-20; supervision 84 / 2 = 42 weeks -> 2026-12-27.
    expect([r.total!.atPace8, r.supervision!.atPace8]).toEqual(['2027-06-20', '2026-12-27']);
    expect(f.outcomes.atPace8).toEqual({ date: '2027-06-20', binding: 'total' });
    expect(f.outcomes.whatIf).toBeNull();
    expect(f.notes).toEqual([
      'This pack sets no weekly limit on hours, so only the pace decides when the hours are met.',
    ]);
  });

  it('CACREP practicum: with no weekly limit the 10 weeks bound the earliest date', async () => {
    const sup = await person('cacrep-practicum', '2026-01-26');
    // 5 weeks of 4 direct + 3 indirect + 1 h individual: 8 a week.
    for (const m of mondays('2026-01-26', 5)) await week(sup, m, 4, 3, 'individual');
    const f = await forecast(sup);
    const r = byId(f);
    // Span: 10 weeks from Monday 2026-01-26 end on 2026-04-05.
    expect(r.span).toMatchObject({ value: 5, remaining: 5, earliest: '2026-04-05', atPace8: '2026-04-05' });
    expect(f.outcomes.earliest).toEqual({ date: '2026-04-05', binding: 'span' });
    // Pace over 8 weeks (3 of them empty): total 40 / 8 = 5, direct 20 / 8 = 2.5. Total 60 / 5 = 12
    // weeks -> 2026-05-31; direct 20 / 2.5 = 8 weeks -> 2026-05-03.
    expect([r.total!.pace8, r.direct!.pace8]).toEqual([5, 2.5]);
    expect([r.total!.atPace8, r.direct!.atPace8]).toEqual(['2026-05-31', '2026-05-03']);
    expect(f.outcomes.atPace8).toEqual({ date: '2026-05-31', binding: 'total' });
  });

  it('CACREP internship: nothing logged is never at this pace, and a tried pace gives a date', async () => {
    const sup = await person('cacrep-internship', '2026-02-02');
    const f = await forecast(sup, 10);
    expect(f.outcomes.atPace8).toEqual({ date: null, binding: 'total' });
    expect(f.outcomes.atPace26).toEqual({ date: null, binding: 'total' });
    // Total 600 / 10 = 60 weeks -> 2027-05-02; direct 240 / 10 = 24 weeks -> 2026-08-23.
    expect(byId(f).direct!.whatIf).toBe('2026-08-23');
    expect(f.outcomes.whatIf).toEqual({ date: '2027-05-02', binding: 'total' });
  });

  it('APPIC: a pack that only reports hours has nothing to forecast', async () => {
    const sup = await person('appic-aapi', '2025-09-01');
    for (const m of mondays('2026-01-05', 2)) await week(sup, m, 10, 2, 'individual');
    const f = await forecast(sup, 10);
    expect(f.pack).toMatchObject({ id: 'appic-aapi' });
    expect(f.requirements).toEqual([]);
    expect(f.outcomes.atPace8).toEqual({ date: null, binding: null });
    expect(f.notes).toEqual([]);
  });

  it('every requirement met gives no dates and names nothing', async () => {
    const sup = await person('cacrep-practicum', '2025-10-06');
    for (const m of mondays('2025-10-06', 12)) await week(sup, m, 10, 1, 'individual');
    const f = await forecast(sup);
    expect(f.requirements.every((r) => r.met)).toBe(true);
    expect(f.outcomes).toMatchObject({
      earliest: { date: null, binding: null },
      atPace8: { date: null, binding: null },
    });
  });

  it('a supervisee with no pack gets an empty forecast', async () => {
    const sup = await call<Supervisee>('supervisees.create', {
      fullName: 'Lark Pembury',
      discipline: 'mft_associate',
      supervisionStart: '2025-09-01',
    });
    const f = await forecast(sup);
    expect(f.pack).toBeNull();
    expect(f.requirements).toEqual([]);
  });
});
