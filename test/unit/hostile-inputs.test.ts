// Files made to hurt: oversized text, millions of records, devices instead of files, and key files
// or backup headers asking for absurd key-derivation work. Each is refused quickly and plainly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src-main/cli/exit-codes';
import { backupVault, restoreBackup } from '../../src-main/core/backups/backup';
import { checkImportFile, importJsonFile } from '../../src-main/core/data-transfer/workflows';
import { VALUE_BYTES_MAX } from '../../src-main/core/data-transfer/import-source';
import { BACKUP_MAGIC, backupPrefix, readBackupHeader } from '../../src-main/db/backup-file';
import { importProblems } from '../helpers/import-problems';
import { unlockVault } from '../../src-main/db/vault';
import { newCore, PASSPHRASE, tempDir, unwrap, MIGRATIONS } from '../helpers/temp-vault';
import { runCli } from '../helpers/cli';
import { sessionRecord, superviseeRecord } from '../helpers/records';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let vault: string;
beforeEach(async () => {
  dir = tempDir();
  vault = join(dir.path, 'vault');
  const core = newCore(vault);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
  core.vault.lock();
});
afterEach(() => dir.cleanup());

const ts = '2026-01-05T10:00:00.000Z';
const person = superviseeRecord;
const doc = (supervisees: unknown[]) => ({
  format: 'alliance-export',
  version: 2,
  exportedAt: ts,
  entities: { supervisees },
});

async function withDb<T>(work: (db: import('../../src-main/db/vault').Db) => T): Promise<T> {
  const v = await unlockVault(vault, PASSPHRASE, { migrationsFolder: MIGRATIONS });
  try {
    return work(v.db);
  } finally {
    v.close();
  }
}

describe('hostile import files', () => {
  it('text fields have the same limits as in the app: a 10 MB program name is refused, naming the field', async () => {
    const problems = await withDb((db) => importProblems(db, doc([person({ program: 'x'.repeat(10 * 1024 * 1024) })])));
    expect(problems).toEqual([
      { location: 'entities.supervisees[0].program', message: 'Keep this under 200 characters.' },
    ]);
  });

  it('millions of records are refused by count before any of them is checked', async () => {
    const many = Array.from({ length: 2_000_000 }, () => ({}));
    const problems = await withDb((db) => importProblems(db, doc(many)));
    expect(problems).toEqual([
      {
        location: 'entities.supervisees',
        message: 'The file holds 2,000,000 supervisees; Alliance imports at most 20,000.',
      },
    ]);
  });

  // Wide and huge inputs are refused as they stream in, before they are built in memory.
  const refusedFile = async (name: string, text: string): Promise<string> => {
    const path = join(dir.path, name);
    writeFileSync(path, text);
    return withDb((db) => {
      try {
        importJsonFile(db, path);
        return 'imported';
      } catch (e) {
        return (e as Error).message;
      }
    });
  };

  it('a record with hundreds of thousands of keys is refused at the record cap', async () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}":${i}`).join(',');
    const text = `{"format":"alliance-export","version":6,"exportedAt":"${ts}","entities":{"supervisees":[{${keys}}]}}`;
    expect(await refusedFile('wide.json', text)).toMatch(/entities\.supervisees\[0\] is far larger than any record/);
  });

  it('one value of megabytes (an exportedAt) is refused before it is whole', async () => {
    const long = '9'.repeat(VALUE_BYTES_MAX * 3);
    const text = `{"format":"alliance-export","version":6,"exportedAt":"${long}","entities":{}}`;
    expect(await refusedFile('huge-value.json', text)).toMatch(/single value far larger than any Alliance export/);
  });

  it('megabytes of text outside the records are refused, however they are split', async () => {
    const parts = Array.from({ length: 4 }, (_, i) => `"extra${i}":"${'x'.repeat(400_000)}"`).join(',');
    const text = `{"format":"alliance-export","version":6,"exportedAt":"${ts}",${parts},"entities":{}}`;
    expect(await refusedFile('wide-frame.json', text)).toMatch(/more outside its records than an Alliance export/);
  });

  it.skipIf(process.platform === 'win32')('a device is not a file: /dev/zero is refused at once', () => {
    // Skipped on Windows: it has no /dev/zero.
    expect(() => checkImportFile('/dev/zero')).toThrow(/not a file Alliance can import/);
    const r = runCli(['import', 'json', '--vault', vault, '--in', '/dev/zero']);
    expect(r.status).toBe(EXIT.invalidInput);
    expect(r.stderr).toMatch(/not a file Alliance can import/);
  });
});

// The key file as plain JSON, so a test can set any field to anything.
type Loose = { passphrase: { kdf: Record<string, unknown>; wrap: Record<string, unknown> } };

describe('hostile key-derivation settings', () => {
  const tamper = (change: (kf: Loose) => void) => {
    const path = join(vault, 'vault-keys.json');
    const kf = JSON.parse(readFileSync(path, 'utf8'));
    change(kf);
    writeFileSync(path, JSON.stringify(kf));
  };

  it.each([
    ['16 GiB of memory', (kf: Loose) => (kf.passphrase.kdf.memoryKiB = 16 * 1024 * 1024)],
    ['a hundred million iterations', (kf: Loose) => (kf.passphrase.kdf.iterations = 100_000_000)],
    ['a 4-byte salt', (kf: Loose) => (kf.passphrase.kdf.salt = Buffer.alloc(4).toString('base64'))],
    ['an empty salt', (kf: Loose) => (kf.passphrase.kdf.salt = '')],
    ['a short IV', (kf: Loose) => (kf.passphrase.wrap.iv = Buffer.alloc(4).toString('base64'))],
  ])('a key file asking for %s is refused as damaged before any derivation', async (_what, change) => {
    tamper(change);
    const core = newCore(vault);
    const r = await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/key file is damaged/) },
    });
  });

  it('a backup whose header asks for absurd work is refused as damaged', async () => {
    const core = newCore(vault);
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    const made = backupVault(core.vault.openVault(), join(dir.path, 'backups'), { keep: 2 });
    core.vault.lock();
    const header = readBackupHeader(made.file);
    const bytes = readFileSync(made.file);
    const database = bytes.subarray(BACKUP_MAGIC.length + 4 + bytes.readUInt32BE(BACKUP_MAGIC.length));
    const hostile = {
      ...header,
      keyFile: {
        ...header.keyFile,
        passphrase: {
          ...header.keyFile.passphrase,
          kdf: { ...header.keyFile.passphrase.kdf, iterations: 100_000_000 },
        },
      },
    };
    writeFileSync(made.file, Buffer.concat([backupPrefix(hostile), database]));
    await expect(
      restoreBackup(made.file, join(dir.path, 'restored'), { passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/damaged/),
    });
  });
});

describe('an import obeys the app’s rules', () => {
  const session = sessionRecord;
  const withSessions = (sessions: unknown[], clientHours: unknown[] = []) => ({
    ...doc([person()]),
    entities: { supervisees: [person()], sessions, clientHours },
  });

  it('refuses sessions in the future or before 1900, and hours filed under another supervisee’s session', async () => {
    const problems = await withDb((db) =>
      importProblems(
        db,
        withSessions(
          [
            session({ date: '2099-01-01' }),
            session({ id: '6b6b90dc-add2-430d-9827-1c304c1d23e1', date: '1850-01-01' }),
          ],
          [
            {
              id: '7b6b90dc-add2-430d-9827-1c304c1d23e1',
              superviseeId: '8b6b90dc-add2-430d-9827-1c304c1d23e1',
              sessionId: '5b6b90dc-add2-430d-9827-1c304c1d23e1',
              periodStart: '2026-01-07',
              periodEnd: '2026-01-07',
              kind: 'indirect',
              activity: null,
              hours: 1,
              createdAt: ts,
            },
          ],
        ),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { location: 'entities.sessions[0].date', message: 'The session date is after today.' },
        { location: 'entities.sessions[1].date', message: 'The session date is before 1900: check the year.' },
        {
          location: 'entities.clientHours[0].superviseeId',
          message: 'These hours belong to a session of another supervisee.',
        },
      ]),
    );
  });

  it('refuses a session inside a period already signed in the vault, naming the period', async () => {
    const core = newCore(vault);
    unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
    const sup = unwrap(
      await core.registry.invoke(
        'supervisees.create',
        { fullName: 'Wynn Ashdown', discipline: 'mft_associate', supervisionStart: '2026-01-01' },
        t,
      ),
    ) as { id: string };
    unwrap(
      await core.registry.invoke(
        'periods.sign',
        {
          superviseeId: sup.id,
          from: '2026-01-01',
          to: '2026-01-31',
          supervisorName: 'Dr. Quince',
          supervisorLicence: 'PSY 1',
          signedOn: '2026-02-01',
        },
        t,
      ),
    );
    const file = { ...doc([]), entities: { supervisees: [], sessions: [session({ superviseeId: sup.id })] } };
    expect(importProblems(core.vault.db(), file)).toEqual([
      {
        location: 'entities.sessions[0].date',
        message: 'That falls in the signed period 2026-01-01 to 2026-01-31. Reopen it first (a reason is recorded).',
      },
    ]);
    core.vault.lock();
  });
});
