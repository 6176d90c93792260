// Retention, walked through as a supervisor meets it: a supervisee whose supervision ended in 2018 on
// a 7-year pack is due (kept until 2025-06-30); a legal hold keeps them; their archive is handed
// over; deleting them for good leaves nothing of theirs that the vault's key would still open (the
// decrypted pages, free ones included, are scanned after the vault is closed), search and the
// timeline find nothing, and the security log says who deleted them and why, without their content.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../src-main/contract/dates';
import type { DeletionReport, RetentionStatus } from '../../src-main/contract/retention';
import type { Supervisee } from '../../src-main/contract/supervisees';
import type { WeekOverview } from '../../src-main/contract/week';
import { archiveFile } from '../../src-main/core/archive/workflows';
import { listAudit } from '../../src-main/core/audit/audit-log';
import { writeSettings } from '../../src-main/core/settings/settings';
import { openEncryptedDatabase } from '../../src-main/db/open-database';
import { openRegistryVault, type RegistryVault } from '../helpers/registry-vault';

// Made-up words no other record holds: each is looked for in every page of the file.
const GONE = 'Quorvathine';
const KEPT = 'Belmarrowick';

let v: RegistryVault;
let due: Supervisee;
let kept: Supervisee;

async function withRecords(name: string, end: string, canary: string): Promise<Supervisee> {
  const s = await v.call<Supervisee>('supervisees.create', {
    fullName: `${name} ${canary}`,
    discipline: 'mft_associate',
    supervisionStart: '2016-01-04',
    supervisionEnd: end,
    rulePack: 'ca-bbs',
  });
  const session = await v.call<{ id: string }>('sessions.create', {
    superviseeId: s.id,
    date: '2017-03-06',
    durationMinutes: 60,
    format: 'individual',
    modality: 'in_person',
    topics: `Rupture repair ${canary}`,
    hours: [{ kind: 'direct', activity: 'individual', hours: 4 }],
  });
  await v.call('notes.create', {
    superviseeId: s.id,
    sessionId: session.id,
    date: '2017-03-06',
    caseCode: 'C-7',
    discussion: `Pacing the work with ${canary} in mind`,
    riskFlags: [],
    actions: [],
  });
  return s;
}

const status = (s: Supervisee) => v.call<RetentionStatus>('retention.get', { superviseeId: s.id });
const today = localToday();

// Every page of the closed vault, decrypted by SQLite itself (serialize reads each page through the
// cipher, the free ones too), in memory only.
function decryptedPages(dir: string, key: Buffer): Buffer {
  const db = openEncryptedDatabase(join(dir, 'alliance.db'), key, 'aegis', { create: false });
  try {
    return db.serialize();
  } finally {
    db.close();
  }
}
const holds = (bytes: Buffer, word: string) =>
  bytes.includes(word) || bytes.includes(word.toLowerCase()) || bytes.includes(Buffer.from(word, 'utf16le'));

beforeEach(async () => {
  v = await openRegistryVault();
  due = await withRecords('Sample Leaver', '2018-06-30', GONE);
  kept = await withRecords('Sample Stayer', '2024-01-31', KEPT);
});
afterEach(() => v.close());

describe('the keep-until date', () => {
  it('is the end of supervision plus the longer of the pack and the setting, and says when it is due', async () => {
    const r = await status(due);
    expect(r).toMatchObject({ packYears: 7, ownYears: 7, years: 7, ruleUntil: '2025-06-30', state: 'due' });
    expect((await status(kept)).keepUntil).toBe('2031-01-31');
    // A longer setting lengthens it; a shorter one never shortens the pack's.
    await v.call('settings.update', { retentionYears: 10 });
    expect((await status(due)).keepUntil).toBe('2028-06-30');
    await v.call('settings.update', { retentionYears: 3 });
    expect((await status(due)).keepUntil).toBe('2025-06-30');
    const week = await v.call<WeekOverview>('week.overview', { today });
    expect(week.retentionDue).toEqual([
      { superviseeId: due.id, superviseeName: due.fullName, keepUntil: '2025-06-30', due: true },
    ]);
  });

  it('is extended only to a later day, with a reason', async () => {
    const before = await v.invoke('retention.extend', { superviseeId: kept.id, until: '2030-01-01', reason: 'Audit' });
    expect(before.ok).toBe(false);
    const blank = await v.invoke('retention.extend', { superviseeId: kept.id, until: '2033-01-01', reason: ' ' });
    expect(blank.ok).toBe(false);
    const r = await v.call<RetentionStatus>('retention.extend', {
      superviseeId: kept.id,
      until: '2033-01-01',
      reason: 'A board audit is open',
    });
    // Past its date, an extension starts from today, not from the date that has gone by.
    const stale = await v.invoke('retention.extend', { superviseeId: due.id, until: '2025-12-31', reason: 'Audit' });
    expect(stale.ok || stale.error.issues?.[0]?.message).toMatch(/^Choose a day after today \(/);
    expect(r).toMatchObject({
      keepUntil: '2033-01-01',
      ruleUntil: '2031-01-31',
      extensionReason: 'A board audit is open',
    });
  });

  it('stops under a legal hold: never due, never deleted, until the hold is lifted', async () => {
    const held = await v.call<RetentionStatus>('retention.hold', {
      superviseeId: due.id,
      reason: 'Records subpoenaed',
    });
    expect(held.state).toBe('held');
    expect((await v.call<WeekOverview>('week.overview', { today })).retentionDue).toEqual([]);
    const refused = await v.invoke('retention.deleteForGood', {
      superviseeId: due.id,
      confirmName: due.fullName,
      reason: 'retention_ended',
      deletedBy: 'Sample Supervisor',
    });
    expect(refused.ok || refused.error.message).toBe(
      'A legal hold stands on these records: lift it before deleting them.',
    );
    // The archived-supervisee delete is refused too.
    await v.call('supervisees.archive', { id: due.id });
    const viaArchive = await v.invoke('supervisees.delete', { id: due.id, confirmName: due.fullName });
    expect(viaArchive.ok).toBe(false);
    expect((await v.call<RetentionStatus>('retention.release', { superviseeId: due.id })).state).toBe('due');
  });

  it('refuses to delete before the date, or with the name mistyped', async () => {
    const early = await v.invoke('retention.deleteForGood', {
      superviseeId: kept.id,
      confirmName: kept.fullName,
      reason: 'retention_ended',
      deletedBy: 'Sample Supervisor',
    });
    expect(early.ok || early.error.message).toBe(
      'These records are kept until 2031-01-31; they can be deleted for good from that day.',
    );
    const typo = await v.invoke('retention.deleteForGood', {
      superviseeId: due.id,
      confirmName: 'Sample Leaver',
      reason: 'retention_ended',
      deletedBy: 'Sample Supervisor',
    });
    expect(typo.ok).toBe(false);
    expect((await status(due)).state).toBe('due');
  });
});

describe('deleting for good', () => {
  it('hands over, deletes, and leaves nothing of theirs in the file, WAL, free pages, search or timeline', async () => {
    const open = v.core.vault.openVault();
    const dir = open.dir;
    const key = Buffer.from(open.dataKey);
    // Their archive first (the hand-over), sealed with a passphrase of its own.
    const handOver = await archiveFile(open, {
      superviseeId: due.id,
      opensWith: 'passphrase',
      passphrase: 'heron-lattice-quarry-55',
    });
    expect(handOver.people).toBe(1);
    expect(holds(Buffer.from(handOver.html), GONE)).toBe(false);

    // Two backups made while the records are here.
    const backups = join(dir, '..', 'backups');
    mkdirSync(backups);
    writeSettings(open.db, { backupFolder: backups, backupKeep: 3, backupIntervalHours: 24 });
    v.core.backups.now(new Date(Date.now() - 60_000));
    v.core.backups.now();
    // The scan finds them while they are here (the open connection's own pages).
    expect(holds(open.sqlite.serialize(), GONE)).toBe(true);

    const report = await v.call<DeletionReport>('retention.deleteForGood', {
      superviseeId: due.id,
      confirmName: due.fullName,
      reason: 'handed_over',
      deletedBy: 'Sample Supervisor',
    });
    expect(report).toMatchObject({ backupFolder: backups, olderBackups: 2, keep: 3, intervalHours: 24 });
    // Three more daily backups replace them: three days from today.
    const inThreeDays = new Date(`${today}T00:00:00Z`);
    inThreeDays.setUTCDate(inThreeDays.getUTCDate() + 3);
    expect(report.prunedAbout).toBe(inThreeDays.toISOString().slice(0, 10));

    expect((await v.invoke('supervisees.get', { id: due.id })).ok).toBe(false);
    const db = v.core.vault.db();
    expect(await v.call<unknown[]>('search.query', { text: GONE })).toEqual([]);
    expect((await v.call<unknown[]>('search.query', { text: KEPT })).length).toBeGreaterThan(0);
    const timeline = db.get<{ n: number }>(
      sql`select count(*) as n from timeline_events where supervisee_id = ${due.id}`,
    );
    expect(timeline?.n).toBe(0);

    // The security log: who and why, not whose records or what they held.
    const entry = listAudit(db, { limit: 5 }).events.find((e) => e.kind === 'records_deleted')!;
    expect(JSON.parse(entry.detail)).toEqual({
      supervisee: due.id,
      reason: 'handed_over',
      by: 'Sample Supervisor',
      keptUntil: '2025-06-30',
    });
    expect(entry.detail).not.toContain(GONE);

    v.core.vault.lock();
    // Nothing in the folder as plaintext, and nothing of theirs in any decrypted page, live or free;
    // the other supervisee's records are still there to be found.
    for (const name of readdirSync(dir)) expect(holds(readFileSync(join(dir, name)), GONE), name).toBe(false);
    expect(existsSync(join(dir, 'alliance.db-wal')) ? readFileSync(join(dir, 'alliance.db-wal')).length : 0).toBe(0);
    const pages = decryptedPages(dir, key);
    expect(holds(pages, KEPT)).toBe(true);
    expect(holds(pages, GONE)).toBe(false);
    key.fill(0);
  });

  it('needs the purge: a plain delete leaves their words in the decrypted pages', async () => {
    const open = v.core.vault.openVault();
    const key = Buffer.from(open.dataKey);
    open.db.run(sql`delete from supervisees where id = ${due.id}`);
    v.core.vault.lock();
    expect(holds(decryptedPages(open.dir, key), GONE)).toBe(true);
    key.fill(0);
  });
});
