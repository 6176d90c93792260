import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Supervisee } from '../../src-main/contract/supervisees';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: ReturnType<typeof newCore>;
beforeEach(async () => {
  dir = tempDir();
  core = newCore(dir.path);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
});

const call = async <T>(ch: string, payload: unknown) => unwrap(await core.registry.invoke(ch, payload, t)) as T;
const base = { discipline: 'mft_associate', supervisionStart: '2026-01-05' };

describe('supervisees', () => {
  it('adds with defaults, edits, and reads back', async () => {
    const s = await call<Supervisee>('supervisees.create', { ...base, fullName: '  Orrin Kettleby ' });
    expect(s).toMatchObject({
      fullName: 'Orrin Kettleby',
      status: 'active',
      site: '',
      supervisionEnd: null,
      archivedAt: null,
    });
    const edited = await call<Supervisee>('supervisees.update', {
      id: s.id,
      patch: { site: 'Cedar Hollow', status: 'paused' },
    });
    expect(edited).toMatchObject({ site: 'Cedar Hollow', status: 'paused', fullName: 'Orrin Kettleby' });
    expect(await call('supervisees.get', { id: s.id })).toEqual(edited);
  });

  it('rejects bad input with a message naming the field', async () => {
    const bad = await core.registry.invoke(
      'supervisees.create',
      { ...base, fullName: 'A', supervisionEnd: '2025-01-01' },
      t,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [expect.objectContaining({ path: ['supervisionEnd'] })] },
    });
    const badDate = await core.registry.invoke(
      'supervisees.create',
      { ...base, fullName: 'A', supervisionStart: '2026-02-30' },
      t,
    );
    expect(badDate).toMatchObject({
      ok: false,
      error: {
        issues: [
          expect.objectContaining({ path: ['supervisionStart'], message: expect.stringMatching(/.*does not exist/) }),
        ],
      },
    });
    const s = await call<Supervisee>('supervisees.create', { ...base, fullName: 'A' });
    const badPatch = await core.registry.invoke(
      'supervisees.update',
      { id: s.id, patch: { supervisionEnd: '2020-01-01' } },
      t,
    );
    expect(badPatch).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await core.registry.invoke('supervisees.get', { id: '7b0f2c66-8a8e-4a57-9d1c-3f1e7b2a9c10' }, t),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('searches and filters by status and archive state', async () => {
    const a = await call<Supervisee>('supervisees.create', {
      ...base,
      fullName: 'Wren Mossbank',
      program: 'Riverbend 100%',
    });
    await call('supervisees.create', { ...base, fullName: 'Sable Oakhurst', status: 'paused' });
    const c = await call<Supervisee>('supervisees.create', { ...base, fullName: 'Galen Rookwood' });
    await call('supervisees.archive', { id: c.id });
    const names = async (q: object) => (await call<Supervisee[]>('supervisees.list', q)).map((s) => s.fullName);
    expect(await names({})).toEqual(['Sable Oakhurst', 'Wren Mossbank']);
    expect(await names({ search: 'moss' })).toEqual(['Wren Mossbank']);
    expect(await names({ search: '100%' })).toEqual(['Wren Mossbank']);
    expect(await names({ search: '%' })).toEqual(['Wren Mossbank']);
    expect(await names({ status: 'paused' })).toEqual(['Sable Oakhurst']);
    expect(await names({ archived: 'only' })).toEqual(['Galen Rookwood']);
    expect(await names({ archived: 'include' })).toHaveLength(3);
    await call('supervisees.restore', { id: c.id });
    expect(await names({})).toContain('Galen Rookwood');
    expect(a.id).toBeTruthy();
  });

  it('hard-deletes only an archived supervisee, with the name typed back', async () => {
    const s = await call<Supervisee>('supervisees.create', { ...base, fullName: 'Tamsin Larkspur' });
    expect(
      await core.registry.invoke('supervisees.delete', { id: s.id, confirmName: 'Tamsin Larkspur' }, t),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call('supervisees.archive', { id: s.id });
    expect(await core.registry.invoke('supervisees.delete', { id: s.id, confirmName: 'tamsin' }, t)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await call('supervisees.list', { archived: 'include' })).toHaveLength(1);
    await call('supervisees.delete', { id: s.id, confirmName: 'Tamsin Larkspur' });
    expect(await call('supervisees.list', { archived: 'include' })).toHaveLength(0);
  });

  it('keeps settings with defaults and validates changes', async () => {
    const defaults = {
      autoLockMinutes: 10,
      theme: 'system',
      backupFolder: null,
      backupIntervalHours: 24,
      backupKeep: 10,
      retentionYears: 7,
      vaultRole: 'supervisor',
    };
    expect(await call('settings.get', {})).toEqual(defaults);
    expect(await call('settings.update', { theme: 'dark' })).toEqual({ ...defaults, theme: 'dark' });
    expect(await core.registry.invoke('settings.update', { autoLockMinutes: 0 }, t)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await call('settings.get', {})).toEqual({ ...defaults, theme: 'dark' });
  });
});
