import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src-main/core/audit/audit-log';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { recordingFiles } from '../helpers/recording-files';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let saved: ReturnType<typeof recordingFiles>['saved'];
let cleanExports: () => void;

beforeEach(() => {
  dir = tempDir();
  const recorder = recordingFiles();
  saved = recorder.saved;
  cleanExports = recorder.cleanup;
  core = createAppCore({
    vaultDir: dir.path,
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    sleep: async () => undefined,
    files: recorder.files,
  });
});
afterEach(() => {
  core.vault.lock();
  dir.cleanup();
  cleanExports();
});

const kinds = async () =>
  (
    unwrap(await core.registry.invoke('audit.list', { limit: 500 }, t)) as {
      events: { kind: string; hash: string; detail: Record<string, unknown> }[];
    }
  ).events
    .map((e) => e.kind)
    .reverse();

describe('audit trail', () => {
  it('records security events in order, failed attempts included, and the chain verifies', async () => {
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    await core.registry.invoke('vault.lock', { reason: 'idle' }, t);
    await core.registry.invoke('vault.unlock', { passphrase: 'wrong passphrase 1' }, t);
    await core.registry.invoke('vault.unlock', { passphrase: 'wrong passphrase 2' }, t);
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    await core.registry.invoke('vault.changePassphrase', { current: 'not it at all', next: 'the-next-passphrase' }, t);
    unwrap(
      await core.registry.invoke('vault.changePassphrase', { current: PASSPHRASE, next: 'the-next-passphrase' }, t),
    );
    expect(await kinds()).toEqual([
      'vault_created',
      'locked',
      'unlock_failed',
      'unlocked',
      'unlock_failed',
      'passphrase_changed',
    ]);
    const list = unwrap(await core.registry.invoke('audit.list', { limit: 500 }, t)) as {
      events: { kind: string; hash: string; detail: Record<string, unknown> }[];
    };
    expect(list.events.find((e) => e.kind === 'locked')!.detail).toEqual({ reason: 'idle' });
    expect(list.events.filter((e) => e.kind === 'unlock_failed').map((e) => e.detail.passphraseAttempts ?? 0)).toEqual([
      0, 2,
    ]);
    expect(unwrap(await core.registry.invoke('audit.verify', {}, t))).toEqual({
      ok: true,
      checked: 6,
      firstBadSeq: null,
      problem: null,
      head: { seq: 6, hash: list.events[0]!.hash },
    });
  });

  it('keeps clinical text out of the trail', async () => {
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
    unwrap(
      await core.registry.invoke(
        'supervisees.create',
        { fullName: 'Zephyr Thistlewood', discipline: 'other', supervisionStart: '2026-01-01', site: 'Secret Site' },
        t,
      ),
    );
    const rows = core.vault.openVault().sqlite.prepare('select * from audit_events').all();
    expect(JSON.stringify(rows)).not.toMatch(/Zephyr|Thistlewood|Secret Site|SAMPLE-/);
  });

  it('is append-only: the database refuses updates and deletes', async () => {
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    const sqlite = core.vault.openVault().sqlite;
    expect(() => sqlite.exec("update audit_events set kind = 'locked' where seq = 1")).toThrow(/append-only/);
    expect(() => sqlite.exec('delete from audit_events')).toThrow(/append-only/);
  });

  it('detects an edited event and a missing one', async () => {
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    await core.registry.invoke('vault.lock', {}, t);
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    const v = core.vault.openVault();
    // Someone with the key and a SQLite shell could drop the triggers: the hashes still tell.
    v.sqlite.exec('drop trigger audit_events_no_update; drop trigger audit_events_no_delete');
    v.sqlite.exec(`update audit_events set detail = '{"reason":"idle"}' where seq = 2`);
    expect(verifyAudit(v.db)).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'edited' });
    v.sqlite.exec(`update audit_events set detail = '{"reason":"user"}' where seq = 2`);
    // Every hash matches again, but with the triggers gone the trail is no longer append-only.
    expect(verifyAudit(v.db)).toMatchObject({ ok: false, firstBadSeq: null, problem: 'unprotected' });
    v.sqlite.exec('delete from audit_events where seq = 2');
    expect(verifyAudit(v.db)).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'gap' });
  });

  it('exports the trail through the file port, and records the export', async () => {
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    expect(unwrap(await core.registry.invoke('audit.export', {}, t))).toEqual({ path: saved[0]!.path });
    expect(saved[0]!.name).toMatch(/^alliance-audit-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(saved[0]!.content);
    expect(doc).toMatchObject({ format: 'alliance-audit', version: 1, verification: { ok: true } });
    expect(doc.events.map((e: { kind: string }) => e.kind)).toEqual(['vault_created']);
    expect(await kinds()).toEqual(['vault_created', 'exported']);
  });
});
