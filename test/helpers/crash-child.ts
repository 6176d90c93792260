// Child process for the crash-consistency test. It works on a vault until the parent kills it with
// SIGKILL, writing "ack ..." to stdout only after each unit of work is durable.
//   write:      transactions of ROWS supervisees tagged with a batch number
//   backup:     encrypted backups into a folder, keeping 3
//   passphrase: changes the passphrase back and forth between two values
import { writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { backupVault } from '../../src-main/core/backups/backup';
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
  const vault = await unlockVault(dir, passA, { migrationsFolder: migrations });
  ack('ready');
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
