// The supervisor's own page against dates worked out by hand. Today is 2026-03-11: "the next 60
// days" run to 2026-05-10, This week's reminders to 2026-04-10.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { SupervisorPage } from '../../src-main/contract/supervisor';
import type { WeekOverview } from '../../src-main/contract/week';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { importProblems } from '../helpers/import-problems';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

const TODAY = '2026-03-11';
let v: RegistryVault;

beforeEach(async () => {
  v = await openRegistryVault();
});
afterEach(() => v.close());

const person = (fullName: string, supervisionEnd: string | null = null) =>
  v.call<Supervisee>('supervisees.create', {
    fullName,
    discipline: 'mft_associate',
    supervisionStart: '2025-01-06',
    supervisionEnd,
    status: supervisionEnd ? 'completed' : 'active',
  });

async function fill() {
  await v.call('supervisor.saveLicence', {
    licence: {
      title: 'LMFT',
      number: '12345',
      jurisdiction: 'California',
      renewedOn: '2024-04-21',
      expiresOn: '2026-04-20',
      trainingBeforeHours: 15,
      trainingPerRenewalHours: 6,
    },
  });
  // 15 hours before the renewal period (counted for "before supervising"), 2 within it.
  await v.call('supervisor.addTraining', { happenedOn: '2023-01-10', hours: 15, title: 'Foundations' });
  await v.call('supervisor.addTraining', { happenedOn: '2025-06-01', hours: 2, title: 'Ethics refresher' });
  await v.call('supervisor.recordSelfAssessment', { doneOn: '2024-03-01', nextDueOn: '2026-04-01' });
  const a = await person('Sample Arden');
  await v.call('agreement.save', {
    superviseeId: a.id,
    frequency: 'weekly',
    format: 'individual, video',
    feedback: 'Each session',
    evaluationDates: ['2026-01-25', '2026-03-25'],
    endsOn: '2026-04-30',
    endingSteps: [],
    endingPlan: '',
    agreedOn: '2025-01-10',
  });
  await person('Sample Brook', '2026-02-20'); // forms due by 2026-03-22
  await person('Sample Cove', '2025-12-01'); // forms were due by 2025-12-31: past, not listed
}

describe("the supervisor's own page", () => {
  it('lists what falls due in the next 60 days, soonest first, with training counted by period', async () => {
    await fill();
    const page = await v.call<SupervisorPage>('supervisor.page', { today: TODAY });
    expect(page.licences[0]).toMatchObject({ trainingTotal: 17, trainingThisRenewal: 2 });
    expect(page.due.map((d) => [d.on, d.kind, d.what])).toEqual([
      [
        '2026-03-22',
        'forms_after_end',
        "Sample Brook: supervision ends on 2026-02-20; the final evaluation and the board's verification are due by " +
          '2026-03-22.',
      ],
      ['2026-03-25', 'evaluation', 'Sample Arden: evaluation on 2026-03-25.'],
      ['2026-04-01', 'self_assessment', 'Your supervisor self-assessment is due on 2026-04-01.'],
      ['2026-04-20', 'training', '2 of 6 hours of supervision training for renewing LMFT 12345.'],
      ['2026-04-20', 'licence', 'LMFT 12345 expires on 2026-04-20.'],
      ['2026-04-30', 'agreement_ends', 'Sample Arden: the supervision agreement ends on 2026-04-30.'],
    ]);
    // This week repeats what is due within 30 days, evaluations aside (listed with the reviews).
    const week = await v.call<WeekOverview>('week.overview', { today: TODAY });
    expect(week.yourDuties.map((d) => [d.on, d.kind])).toEqual([
      ['2026-03-22', 'forms_after_end'],
      ['2026-04-01', 'self_assessment'],
    ]);
  });

  it('says training before supervising is short, and stops once it is logged', async () => {
    await v.call('supervisor.saveLicence', { licence: { title: 'LPC-S', trainingBeforeHours: 15 } });
    await v.call('supervisor.addTraining', { happenedOn: '2026-02-02', hours: 9, title: 'Part one' });
    const before = await v.call<SupervisorPage>('supervisor.page', { today: TODAY });
    expect(before.due.map((d) => d.what)).toEqual([
      '9 of 15 hours of supervision training before supervising under LPC-S.',
    ]);
    await v.call('supervisor.addTraining', { happenedOn: '2026-03-02', hours: 6, title: 'Part two' });
    expect((await v.call<SupervisorPage>('supervisor.page', { today: TODAY })).due).toEqual([]);
  });

  it('refuses a training day not yet come and a licence that expires before its renewal', async () => {
    expect(
      await v.invoke('supervisor.addTraining', { happenedOn: '2099-01-01', hours: 2, title: 'Later' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['happenedOn'], message: 'That day has not happened yet.' }] },
    });
    expect(
      await v.invoke('supervisor.saveLicence', {
        licence: { title: 'LMFT', renewedOn: '2026-05-01', expiresOn: '2026-04-01' },
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['licence', 'expiresOn'] }] } });
  });

  it('travels in the JSON export and comes back the same', async () => {
    await fill();
    const doc = JSON.parse(JSON.stringify(exportVault(v.core.vault.db())));
    const into = await openRegistryVault();
    try {
      expect(importProblems(into.core.vault.db(), doc)).toEqual([]);
      const page = (x: RegistryVault) => x.call<SupervisorPage>('supervisor.page', { today: TODAY });
      expect(await page(into)).toEqual(await page(v));
    } finally {
      into.close();
    }
  });
});
