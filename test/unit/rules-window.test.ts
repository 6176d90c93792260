// This week reads rule-pack warnings from the last four weeks only (evaluateRules with `since`): for
// every sample supervisee and pack, and at several weeks, the window gives exactly the dated
// warnings the whole-history evaluation gives from that week (or its month) on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekStart } from '../../src-main/contract/dates';
import { evaluateRules } from '../../src-main/core/rules/evaluate';
import { allPacks } from '../../src-main/core/rules/store';
import { listSupervisees } from '../../src-main/core/supervisees/supervisees';
import type { AppCore } from '../../src-main/core/app/app-core';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
beforeAll(async () => {
  dir = tempDir();
  core = newCore(`${dir.path}/vault`);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, { trusted: true }));
  // A lone session early in a month, so a window can start after it in the same month.
  const db = core.vault.db();
  const someone = listSupervisees(db, { search: '', status: 'any', archived: 'include' })[0]!;
  unwrap(
    await core.registry.invoke(
      'sessions.create',
      {
        superviseeId: someone.id,
        date: '2026-11-03',
        durationMinutes: 30,
        format: 'individual',
        modality: 'video',
        hours: [],
      },
      { trusted: true },
    ),
  );
}, 60_000);
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

const dated = (when: string, since: string) => {
  const day = /\d{4}-\d{2}-\d{2}/.exec(when)?.[0] ?? /\d{4}-\d{2}/.exec(when)?.[0];
  return !!day && (day.length === 10 ? day >= since : day >= since.slice(0, 7));
};

describe('rule warnings in a window', () => {
  it('are the whole history’s dated warnings from the window on, for every supervisee and pack', () => {
    const db = core.vault.db();
    const people = listSupervisees(db, { search: '', status: 'any', archived: 'include' });
    let compared = 0;
    for (const today of ['2026-03-18', '2026-08-02', '2026-11-10', '2026-11-29'])
      for (const pack of allPacks(db))
        for (const p of people) {
          const since = addDays(weekStart(today), -21);
          const whole = evaluateRules(db, p.id, pack).warnings.filter((w) => dated(w.when, since));
          const window = evaluateRules(db, p.id, pack, since).warnings;
          expect(window, `${p.fullName}, ${pack.id}, ${today}`).toEqual(whole);
          compared += whole.length;
        }
    expect(compared).toBeGreaterThan(20);
  });
});
