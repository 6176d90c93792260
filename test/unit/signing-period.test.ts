// Each rule pack says what it signs by; the sign-off's first offer, This week's "not signed" list and
// the PDF log follow it. Today is Wednesday 2026-03-11 throughout.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodToSign } from '../../src-main/contract/signing';
import { signingPeriodOf } from '../../src-main/contract/rules';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { WeekOverview } from '../../src-main/contract/week';
import { BUILTIN_RULE_PACKS } from '../../src-main/core/rules/builtin';
import type { ChannelName } from '../../src-main/contract';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const TODAY = '2026-03-11';
let v: RegistryVault;

beforeEach(async () => {
  v = await openRegistryVault();
});
afterEach(() => v.close());

const call = <T>(ch: ChannelName, p: unknown) => v.call<T>(ch, p);
const person = (fullName: string, rulePack: string | null, start: string, end: string | null = null) =>
  call<Supervisee>('supervisees.create', {
    fullName,
    discipline: 'counseling_associate',
    supervisionStart: start,
    supervisionEnd: end,
    status: end ? 'completed' : 'active',
    rulePack,
  });
const session = (sup: Supervisee, date: string) =>
  call('sessions.create', {
    superviseeId: sup.id,
    date,
    durationMinutes: 60,
    format: 'individual',
    modality: 'in_person',
  });
const sign = (sup: Supervisee, from: string, to: string) =>
  call('periods.sign', {
    superviseeId: sup.id,
    from,
    to,
    supervisorName: 'Sample Supervisor',
    supervisorLicence: 'L-1',
    signedOn: TODAY,
  });

describe('the period a pack signs by', () => {
  it('is set on every built-in pack; none (or a custom pack that does not say) signs by week', () => {
    expect(Object.fromEntries(BUILTIN_RULE_PACKS.map((p) => [p.id, p.signsBy]))).toEqual({
      'ca-bbs': 'week',
      'tx-lpc': 'supervision',
      nbcc: 'supervision',
      'cacrep-practicum': 'month',
      'cacrep-internship': 'month',
      'appic-aapi': 'supervision',
    });
    expect(signingPeriodOf(null)).toBe('week');
    expect(signingPeriodOf({})).toBe('week');
  });

  it('decides what the sign-off offers first', () => {
    const running = { supervisionStart: '2025-09-01', supervisionEnd: null };
    expect(periodToSign('week', TODAY, running)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodToSign('month', TODAY, running)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodToSign('supervision', TODAY, running)).toEqual({ from: '2025-09-01', to: TODAY });
    const ended = { supervisionStart: '2025-09-01', supervisionEnd: '2026-02-20' };
    expect(periodToSign('supervision', TODAY, ended)).toEqual({ from: '2025-09-01', to: '2026-02-20' });
  });

  it('decides This week’s "not signed" list: weeks, months, or a supervision that has ended', async () => {
    const weekly = await person('Sample Weekly', 'ca-bbs', '2025-09-01');
    const monthly = await person('Sample Monthly', 'cacrep-practicum', '2025-09-01');
    const once = await person('Sample Once', 'tx-lpc', '2025-09-01', '2026-02-20');
    const long = await person('Sample Long Ago', 'tx-lpc', '2025-01-06', '2025-11-28'); // ended 103 days ago
    const running = await person('Sample Running', 'nbcc', '2025-09-01'); // signed once, not ended yet
    for (const who of [weekly, monthly, once, long, running]) await session(who, '2025-11-10');
    for (const who of [weekly, monthly, once, running]) await session(who, '2026-02-24');
    await session(monthly, '2026-01-14');
    await sign(monthly, '2026-01-01', '2026-01-31');
    const w = await call<WeekOverview>('week.overview', { today: TODAY });
    expect(w.unsignedPeriods.map((u) => [u.superviseeName, u.signsBy, u.from, u.to, u.days])).toEqual([
      // The week of 23 February (the 10 November week is older than eight weeks).
      ['Sample Weekly', 'week', '2026-02-23', '2026-03-01', 1],
      // February; January is signed; December to February are the last three ended months.
      ['Sample Monthly', 'month', '2026-02-01', '2026-02-28', 1],
      // The whole supervision (the session after its end is not in it); the long-ended and the running
      // ones are not listed.
      ['Sample Once', 'supervision', '2025-09-01', '2026-02-20', 1],
    ]);
  });
});
