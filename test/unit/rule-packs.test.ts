import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rulePack, type RuleEvaluation } from '../../src-main/contract/rules';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { BUILTIN_RULE_PACKS } from '../../src-main/core/rules/builtin';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let sup: Supervisee;

beforeEach(async () => {
  dir = tempDir();
  core = createAppCore({ vaultDir: dir.path, migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  sup = unwrap(
    await core.registry.invoke(
      'supervisees.create',
      { fullName: 'Perrin Hollowell', discipline: 'mft_associate', supervisionStart: '2025-09-01' },
      t,
    ),
  ) as Supervisee;
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
});

const call = async <T>(ch: string, p: unknown) => unwrap(await core.registry.invoke(ch, p, t)) as T;
const follow = (pack: string) => call('supervisees.update', { id: sup.id, patch: { rulePack: pack } });
const log = (date: string, minutes: number, format: 'individual' | 'triadic' | 'group', direct = 0, indirect = 0) =>
  call('sessions.create', {
    superviseeId: sup.id,
    date,
    durationMinutes: minutes,
    format,
    groupSize: format === 'group' ? 4 : null,
    modality: 'in_person',
    hours: [
      ...(direct ? [{ kind: 'direct', activity: 'individual', hours: direct }] : []),
      ...(indirect ? [{ kind: 'indirect', hours: indirect }] : []),
    ],
  });

describe('rule packs', () => {
  it('ship as valid data with a source on every pack', () => {
    for (const p of BUILTIN_RULE_PACKS) {
      expect(rulePack.safeParse(p).success, p.id).toBe(true);
      expect(p.source.length).toBeGreaterThan(10);
    }
    expect(BUILTIN_RULE_PACKS.map((p) => p.id)).toEqual([
      'ca-bbs',
      'tx-lpc',
      'nbcc',
      'cacrep-practicum',
      'cacrep-internship',
      'appic-aapi',
    ]);
  });

  it('California BBS: hand-worked weeks give the expected warnings and progress', async () => {
    await follow('ca-bbs');
    // Week of 2026-01-05: 12 direct, 1 h individual = 1 unit -> needs 2 units.
    await log('2026-01-05', 60, 'individual', 12, 2);
    // Week of 2026-01-12: 12 direct, 1 h individual + 2 h group = 2 units -> fine.
    await log('2026-01-12', 60, 'individual', 12, 2);
    await log('2026-01-14', 120, 'group');
    // Week of 2026-01-19: 30 direct + 10 indirect + 2 h supervision = 42 > 40, and 2 units -> one warning.
    await log('2026-01-19', 120, 'individual', 30, 10);
    const e = await call<RuleEvaluation>('rules.evaluate', { superviseeId: sup.id });
    expect(e.pack).toMatchObject({ id: 'ca-bbs', version: '2026.3' });
    expect(e.warnings.map((w) => [w.ruleId, w.when])).toEqual([
      ['ca-bbs-40', 'week of 2026-01-19'],
      ['ca-bbs-units', 'week of 2026-01-05'],
    ]);
    expect(e.warnings[0]!.detail).toBe('42 hours logged; the limit is 40.');
    expect(e.warnings[1]!).toMatchObject({
      // One unit, not "1 units".
      detail: '12 direct hours with 1 unit of supervision; 2 needed.',
      rule: 'A week with more than 10 direct hours needs 2 units of supervision',
      source: expect.stringMatching(/Board of Behavioral Sciences/),
    });
    // Totals: direct 54, indirect 14, supervision 1 + 1 + 2 + 2 = 6 -> 74; three weeks.
    expect(e.progress).toEqual([
      { id: 'total', label: 'Total experience hours', value: 74, target: 3000, unit: 'hours', met: false },
      { id: 'direct', label: 'Direct counseling hours', value: 54, target: 1750, unit: 'hours', met: false },
      { id: 'span', label: 'Weeks of experience', value: 3, target: 104, unit: 'weeks', met: false },
    ]);
  });

  it('have no zero target by mistake: a requirement has a number to reach, or none at all', () => {
    for (const p of BUILTIN_RULE_PACKS)
      for (const t of p.targets) expect(t.min === null || t.min > 0, `${p.id}: ${t.id}`).toBe(true);
  });

  it('APPIC reports hours by category with no target, so nothing is met or missed', async () => {
    await follow('appic-aapi');
    await log('2026-01-05', 90, 'individual', 50.5, 4);
    const e = await call<RuleEvaluation>('rules.evaluate', { superviseeId: sup.id });
    expect(e.progress).toEqual([
      { id: 'intervention', label: 'Intervention hours (direct)', value: 50.5, target: null, unit: 'hours', met: null },
      { id: 'support', label: 'Support hours (indirect)', value: 4, target: null, unit: 'hours', met: null },
      { id: 'supervision', label: 'Supervision received', value: 1.5, target: null, unit: 'hours', met: null },
    ]);
  });

  it('Texas LPC: a thin month and too much group supervision', async () => {
    await follow('tx-lpc');
    await log('2026-01-05', 60, 'individual');
    await log('2026-01-20', 120, 'group'); // January: 3 h < 4
    await log('2026-02-02', 120, 'group');
    await log('2026-02-16', 120, 'individual'); // February: 4 h, fine; group 4 of 7 h = 57%
    const e = await call<RuleEvaluation>('rules.evaluate', { superviseeId: sup.id });
    expect(e.warnings.map((w) => [w.ruleId, w.when, w.detail])).toEqual([
      ['tx-lpc-month', '2026-01', '3 hours of supervision; at least 4 needed.'],
      ['tx-lpc-group', 'all time', 'Group is 57% of supervision; at most 50% counts.'],
    ]);
  });

  it('refuses a rule pack that does not exist', async () => {
    expect(
      await core.registry.invoke('supervisees.update', { id: sup.id, patch: { rulePack: 'mars-colony' } }, t),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [expect.objectContaining({ path: ['rulePack'] })] },
    });
  });

  it('no pack, no warnings; a custom pack is validated, saved and followed', async () => {
    expect(await call<RuleEvaluation>('rules.evaluate', { superviseeId: sup.id })).toEqual({
      pack: null,
      progress: [],
      warnings: [],
    });
    const bad = await core.registry.invoke(
      'rules.saveCustom',
      {
        pack: {
          id: 'custom',
          name: 'Ours',
          version: '1',
          source: 'Handbook',
          targets: [{ id: 't', label: 'T', metric: 'naps', min: 1 }],
          rules: [],
        },
      },
      t,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        issues: [
          { path: ['pack', 'targets', 0, 'metric'], message: expect.stringMatching(/^Not a measure Alliance knows/) },
        ],
      },
    });
    const pack = {
      id: 'custom',
      name: 'Our program',
      version: '2026-a',
      source: 'Riverbend program handbook, section 4',
      targets: [{ id: 'sup', label: 'Supervision hours', metric: 'supervision_hours', min: 2 }],
      rules: [
        { id: 'our-weekly', kind: 'week_min_individual_triadic_hours', label: 'One hour a week one to one', min: 1 },
      ],
    };
    await call('rules.saveCustom', { pack });
    expect((await call<{ id: string; builtin: boolean }[]>('rules.packs', {})).at(-1)).toMatchObject({
      id: 'custom',
      builtin: false,
    });
    await follow('custom');
    await log('2026-01-05', 120, 'group');
    const e = await call<RuleEvaluation>('rules.evaluate', { superviseeId: sup.id });
    expect(e.progress).toEqual([
      { id: 'sup', label: 'Supervision hours', value: 2, target: 2, unit: 'hours', met: true },
    ]);
    expect(e.warnings).toEqual([
      {
        ruleId: 'our-weekly',
        rule: 'One hour a week one to one',
        source: 'Riverbend program handbook, section 4',
        when: 'week of 2026-01-05',
        detail: '0 hours of individual or triadic supervision; about 1 expected.',
      },
    ]);
  });
});
