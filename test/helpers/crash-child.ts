// Child process for the crash-consistency test. It works on a vault until the parent kills it with
// SIGKILL, writing "ack ..." to stdout only after each unit of work is durable.
//   write:      transactions of ROWS supervisees tagged with a batch number
//   backup:     encrypted backups into a folder, keeping 3
//   passphrase: changes the passphrase back and forth between two values
//   import:     JSON imports of ROWS supervisees tagged I<n>, each with its audit entry
//   replace:    replaces the open vault with the newest backup in a folder, again and again
//   export:     a JSON export to the path EXTRA that says "ack writing" after its first piece, then
//               waits to be killed (an export killed half-way)
import { writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { backupVault, listBackups } from '../../src-main/core/backups/backup';
import { exportJson, importJson } from '../../src-main/core/data-transfer/workflows';
import { toPath, type Destination } from '../../src-main/core/shared/file-port';
import { VaultSession } from '../../src-main/core/vault/vault-session';
import { OWASP_MINIMUM } from '../../src-main/db/kdf';
import { supervisees } from '../../src-main/db/schema';
import { changePassphrase, unlockVault } from '../../src-main/db/vault';
import { sql } from 'drizzle-orm';

const [mode, dir, migrations, passA, passB, extra] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
export const ROWS_PER_BATCH = 20;

function ack(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main() {
  if (mode === 'passphrase') {
    let current = passA;
    let next = passB;
    ack('ready');
    for (;;) {
      await changePassphrase(dir, current, next);
      ack(`ack ${next === passA ? 'A' : 'B'}`);
      [current, next] = [next, current];
    }
  }
  if (mode === 'replace') {
    const session = new VaultSession({ dir, migrationsFolder: migrations, kdf: OWASP_MINIMUM });
    await session.unlock(passA);
    ack('ready');
    for (let n = 1; ; n++) {
      // A backup to go back to: the newest there, or one made now if a killed backup left none.
      const newest = listBackups(extra)[0] ?? backupVault(session.openVault(), extra, { keep: 3 });
      // The backup opens with the passphrase of its moment: one of the two.
      await session.replaceWithBackup(newest.file, passA).catch(() => session.replaceWithBackup(newest.file, passB));
      ack(`ack ${n}`);
      // Restores are named by the second: never two in one.
      await new Promise((r) => setTimeout(r, 1100));
    }
  }
  const vault = await unlockVault(dir, passA, { migrationsFolder: migrations });
  ack('ready');
  if (mode === 'import') {
    for (;;) {
      const n =
        (vault.db
          .select({ b: sql<number>`coalesce(max(cast(substr(${supervisees.registrationNumber}, 2) as integer)), 0)` })
          .from(supervisees)
          .where(sql`${supervisees.registrationNumber} like 'I%'`)
          .get()?.b ?? 0) + 1;
      const now = new Date().toISOString();
      const people = Array.from({ length: ROWS_PER_BATCH }, (_, i) => ({
        id: randomUUID(),
        fullName: `Crash import ${n} row ${i}`,
        discipline: 'other',
        licenceTrack: '',
        registrationNumber: `I${n}`,
        program: '',
        site: '',
        supervisionStart: '2026-01-01',
        supervisionEnd: null,
        status: 'active',
        rulePack: null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      }));
      importJson(vault.db, {
        format: 'alliance-export',
        version: 2,
        exportedAt: now,
        entities: { supervisees: people },
      });
      ack(`ack ${n}`);
    }
  }
  if (mode === 'export') {
    const db = () => vault.db;
    const halfway: Destination = (name, produce) =>
      toPath(extra, db)(name, (write) =>
        produce((chunk) => {
          write(chunk);
          ack('ack writing');
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        }),
      );
    await exportJson(db, halfway);
  }
  if (mode === 'backup') {
    for (let n = 1; ; n++) {
      backupVault(vault, extra, { keep: 3 });
      ack(`ack ${n}`);
    }
  }
  let batch =
    (vault.db
      .select({ b: sql<number>`coalesce(max(cast(substr(${supervisees.registrationNumber}, 2) as integer)), 0)` })
      .from(supervisees)
      .get()?.b ?? 0) + 1;
  for (; ; batch++) {
    const now = new Date().toISOString();
    vault.db.transaction((tx) => {
      for (let i = 0; i < ROWS_PER_BATCH; i++) {
        tx.insert(supervisees)
          .values({
            id: randomUUID(),
            fullName: `Crash batch ${batch} row ${i}`,
            discipline: 'other',
            registrationNumber: `B${batch}`,
            supervisionStart: '2026-01-01',
            createdAt: now,
            updatedAt: now,
          })
          .run();
      }
    });
    ack(`ack ${batch}`);
  }
}

void main();
