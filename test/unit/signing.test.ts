import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src-main/contract/sessions';
import type { SignedPeriod } from '../../src-main/contract/signing';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { coreWithSupervisee, type CoreWithSupervisee } from '../helpers/core-with-supervisee';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let core: AppCore;
let sup: Supervisee;
let saved: CoreWithSupervisee['saved'];
let close: () => void;

beforeEach(async () => {
  ({ core, sup, saved, close } = await coreWithSupervisee({
    fullName: 'Juniper Saltmarsh',
    discipline: 'counseling_associate',
    supervisionStart: '2025-09-01',
  }));
});
afterEach(() => close());

const call = async <T>(ch: string, p: unknown) => unwrap(await core.registry.invoke(ch, p, t)) as T;
const log = (date: string, minutes = 60) =>
  call<Session>('sessions.create', {
    superviseeId: sup.id,
    date,
    durationMinutes: minutes,
    format: 'individual',
    modality: 'video',
    hours: [{ kind: 'direct', activity: 'individual', hours: 5 }],
  });
const sign = (from: string, to: string, signedOn = '2026-02-10') =>
  core.registry.invoke(
    'periods.sign',
    { superviseeId: sup.id, from, to, supervisorName: 'Sable Rookwood', supervisorLicence: 'LMFT 54321', signedOn },
    t,
  );

describe('signed periods', () => {
  it('signs with a SHA-256 of the period, then refuses every change inside it', async () => {
    const jan = await log('2026-01-12');
    const feb = await log('2026-02-16');
    const p = unwrap(await sign('2026-01-01', '2026-01-31')) as SignedPeriod;
    expect(p).toMatchObject({ status: 'signed', intact: true, supervisorName: 'Sable Rookwood' });
    expect(p.contentSha256).toMatch(/^[0-9a-f]{64}$/);

    const refused = {
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/signed period 2026-01-01 to 2026-01-31/) },
    };
    expect(
      await core.registry.invoke(
        'sessions.create',
        { superviseeId: sup.id, date: '2026-01-20', durationMinutes: 60, format: 'individual', modality: 'video' },
        t,
      ),
    ).toMatchObject(refused);
    expect(
      await core.registry.invoke(
        'sessions.update',
        { id: jan.id, patch: { date: '2026-01-12', durationMinutes: 90, format: 'individual', modality: 'video' } },
        t,
      ),
    ).toMatchObject(refused);
    expect(
      await core.registry.invoke(
        'sessions.update',
        { id: feb.id, patch: { date: '2026-01-13', durationMinutes: 60, format: 'individual', modality: 'video' } },
        t,
      ),
    ).toMatchObject(refused);
    expect(await core.registry.invoke('sessions.delete', { id: jan.id }, t)).toMatchObject(refused);
    expect(
      await core.registry.invoke(
        'hours.logWeek',
        { superviseeId: sup.id, weekStart: '2026-01-26', entries: [{ kind: 'indirect', hours: 1 }] },
        t,
      ),
    ).toMatchObject(refused);
    // Outside the period everything still works, and the signature still holds.
    unwrap(
      await core.registry.invoke(
        'sessions.update',
        { id: feb.id, patch: { date: '2026-02-16', durationMinutes: 75, format: 'individual', modality: 'video' } },
        t,
      ),
    );
    expect((await call<SignedPeriod[]>('periods.list', { superviseeId: sup.id }))[0]).toMatchObject({ intact: true });
    expect(await sign('2026-01-15', '2026-02-05')).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('detects a change made behind its back', async () => {
    await log('2026-01-12');
    unwrap(await sign('2026-01-01', '2026-01-31'));
    core.vault.openVault().sqlite.prepare('update supervision_sessions set duration_minutes = 240').run();
    expect((await call<SignedPeriod[]>('periods.list', { superviseeId: sup.id }))[0]).toMatchObject({ intact: false });
  });

  it('reopens only with a reason, records it, and then allows changes', async () => {
    const jan = await log('2026-01-12');
    const p = unwrap(await sign('2026-01-01', '2026-01-31')) as SignedPeriod;
    expect(await core.registry.invoke('periods.reopen', { id: p.id, reason: 'typo', reopenedBy: '' }, t)).toMatchObject(
      {
        ok: false,
        error: {
          code: 'validation',
          issues: [
            expect.objectContaining({ path: ['reason'], message: expect.stringMatching(/.*10 characters/) }),
            expect.objectContaining({
              path: ['reopenedBy'],
              message: 'Enter who is reopening it; it is kept with the period.',
            }),
          ],
        },
      },
    );
    const reopened = await call<SignedPeriod>('periods.reopen', {
      id: p.id,
      reason: 'Duration was entered as 60 instead of 90',
      reopenedBy: 'Dr. Alder Fenwick',
    });
    expect(reopened).toMatchObject({
      status: 'reopened',
      reopenReason: 'Duration was entered as 60 instead of 90',
      reopenedBy: 'Dr. Alder Fenwick',
      contentSha256: p.contentSha256,
    });
    unwrap(
      await core.registry.invoke(
        'sessions.update',
        { id: jan.id, patch: { date: '2026-01-12', durationMinutes: 90, format: 'individual', modality: 'video' } },
        t,
      ),
    );
    const audit = (
      await call<{ events: { kind: string; detail: Record<string, unknown> }[] }>('audit.list', { limit: 10 })
    ).events;
    expect(audit.map((e) => e.kind).slice(0, 2)).toEqual(['period_reopened', 'period_signed']);
    expect(JSON.stringify(audit)).not.toMatch(/Duration was entered/);
  });

  it('refuses periods that have not ended, and signing dates before the end or in the future', async () => {
    expect(await sign('2026-01-01', '2099-01-31', '2099-02-01')).toMatchObject({
      ok: false,
      error: { issues: [expect.objectContaining({ path: ['to'] })] },
    });
    expect(await sign('2026-01-01', '2026-01-31', '2026-01-15')).toMatchObject({
      ok: false,
      error: {
        issues: [expect.objectContaining({ path: ['signedOn'], message: expect.stringMatching(/.*on or after/) })],
      },
    });
    expect(await sign('2026-02-01', '2026-01-31')).toMatchObject({
      ok: false,
      error: { issues: [expect.objectContaining({ path: ['from'] })] },
    });
  });

  it('survives a JSON export and import with its signature intact', async () => {
    await log('2026-01-12');
    const p = unwrap(await sign('2026-01-01', '2026-01-31')) as SignedPeriod;
    const { exportVault } = await import('../../src-main/core/data-transfer/data-transfer');
    const { importJson } = await import('../../src-main/core/data-transfer/workflows');
    const doc = JSON.parse(JSON.stringify(exportVault(core.vault.db())));
    expect(doc.entities.signedPeriods).toHaveLength(1);
    const other = tempDir();
    const core2 = createAppCore({ vaultDir: other.path, migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
    try {
      unwrap(await core2.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
      importJson(core2.vault.db(), doc);
      const periods = unwrap(
        await core2.registry.invoke('periods.list', { superviseeId: sup.id }, t),
      ) as SignedPeriod[];
      expect(periods).toEqual([
        expect.objectContaining({ id: p.id, contentSha256: p.contentSha256, intact: true, status: 'signed' }),
      ]);
    } finally {
      core2.vault.lock();
      other.cleanup();
    }
  });

  it('shows in exports whether each row is signed, and its hash', async () => {
    await log('2026-01-12');
    await log('2026-02-16');
    const p = unwrap(await sign('2026-01-01', '2026-01-31')) as SignedPeriod;
    await call('hours.exportCsv', { superviseeId: sup.id, from: '2026-01-01', to: '2026-03-31', layout: 'sessions' });
    const rows = Papa.parse<Record<string, string>>(saved[0]!.content, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.date, r.signed, r.signature_sha256])).toEqual([
      ['2026-01-12', 'yes', p.contentSha256],
      ['2026-02-16', 'no', ''],
    ]);
    await call('hours.exportCsv', { superviseeId: sup.id, from: '2026-01-01', to: '2026-03-31', layout: 'weekly' });
    const weeks = Papa.parse<Record<string, string>>(saved[1]!.content, { header: true, skipEmptyLines: true }).data;
    expect(weeks.map((w) => [w.week_start, w.signed])).toEqual([
      ['2026-01-12', 'yes'],
      ['2026-02-16', 'no'],
    ]);
  });
});
