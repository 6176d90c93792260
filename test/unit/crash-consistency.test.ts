// SIGKILL a real writer process mid-work again and again (CRASH_KILLS, 200 by default), then reopen
// the vault: integrity_check must pass and every commit the child acknowledged must be there, whole.
// Kills land during transactions, backups, passphrase changes, imports and replace-with-backup.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src-main/core/backups/backup';
import { repairInterruptedReplace } from '../../src-main/core/backups/interrupted-replace';
import { readBackup } from '../../src-main/db/backup-file';
import { createVault, unlockVault } from '../../src-main/db/vault';
import { createRng } from '../../src-main/core/sample-data/prng';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir } from '../helpers/temp-vault';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const CHILD = resolve(__dirname, '..', 'helpers', 'crash-child.ts');
const OTHER = 'the-other-passphrase-42';
const ROWS_PER_BATCH = 20;
const rng = createRng(Number(process.env.CRASH_SEED ?? 1));

let dir: ReturnType<typeof tempDir>;
let vaultDir: string;
beforeAll(async () => {
  dir = tempDir();
  vaultDir = join(dir.path, 'vault');
  (await createVault(vaultDir, PASSPHRASE, { migrationsFolder: MIGRATIONS, kdf: TEST_KDF })).vault.close();
});
afterAll(() => dir.cleanup());

// Runs the child until it has acknowledged at least once, then kills it after a random delay.
function runAndKill(mode: string, pass: string, extra = ''): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, mode, vaultDir, MIGRATIONS, pass, pass === PASSPHRASE ? OTHER : PASSPHRASE, extra],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const acks: string[] = [];
    let buffer = '';
    let errors = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acks.push(line.slice(4));
      if (!armed && lines.includes('ready')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), rng.int(5, mode === 'write' ? 60 : 400));
      }
    });
    child.stderr.on('data', (c: Buffer) => (errors += c.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${errors.slice(0, 500)}`));
      else resolvePromise(acks);
    });
  });
}

async function unlockEither(): Promise<{ pass: string; vault: Awaited<ReturnType<typeof unlockVault>> }> {
  for (const pass of [PASSPHRASE, OTHER]) {
    try {
      return { pass, vault: await unlockVault(vaultDir, pass, { migrationsFolder: MIGRATIONS }) };
    } catch (e) {
      if ((e as { code?: string }).code !== 'crypto') throw e;
    }
  }
  throw new Error('neither passphrase unlocks the vault after a kill');
}

describe('crash consistency', () => {
  it(
    `survives ${KILLS} SIGKILLs with no corruption and no lost acknowledged commit`,
    async () => {
      const acked = new Set<number>();
      const backupFolder = join(dir.path, 'backups');
      let pass = PASSPHRASE;
      const plan = Array.from({ length: KILLS }, (_, i) =>
        i % 10 === 3
          ? 'backup'
          : i % 10 === 7
            ? 'passphrase'
            : i % 10 === 5
              ? 'import'
              : i % 20 === 9
                ? 'replace'
                : 'write',
      );
      for (const mode of plan) {
        const acks = await runAndKill(mode, pass, backupFolder);
        // As the app does at start: a replace cut off between its renames is finished or undone.
        repairInterruptedReplace(vaultDir);
        const { pass: nowPass, vault } = await unlockEither();
        if (mode === 'passphrase' && acks.length) {
          // The last acknowledged change is durable; the next one may also have completed.
          const last = acks.at(-1) === 'A' ? PASSPHRASE : OTHER;
          expect([last, last === PASSPHRASE ? OTHER : PASSPHRASE]).toContain(nowPass);
        }
        pass = nowPass;
        try {
          const integrity = vault.sqlite.pragma('integrity_check') as { integrity_check: string }[];
          expect(integrity).toEqual([{ integrity_check: 'ok' }]);
          // A replace brings back a backup's records: what is acknowledged is what it holds now.
          if (mode === 'replace') acked.clear();
          if (mode === 'write') for (const a of acks) acked.add(Number(a));
          const batches = vault.sqlite
            .prepare(
              'select cast(substr(registration_number, 2) as integer) as b, count(*) as n from supervisees where ' +
                "registration_number like 'B%' group by b",
            )
            .all() as { b: number; n: number }[];
          const present = new Map(batches.map((r) => [r.b, r.n]));
          for (const b of acked) expect(present.get(b), `acknowledged batch ${b}`).toBe(ROWS_PER_BATCH);
          for (const [b, n] of present) expect(n, `batch ${b} is whole`).toBe(ROWS_PER_BATCH);
          if (mode === 'replace') for (const b of present.keys()) acked.add(b);
          // Imports: each one is whole, with exactly one audit entry of its own (same transaction).
          const imports = vault.sqlite
            .prepare(
              'select cast(substr(registration_number, 2) as integer) as b, count(*) as n from supervisees where ' +
                "registration_number like 'I%' group by b",
            )
            .all() as { b: number; n: number }[];
          for (const r of imports) expect(r.n, `import ${r.b} is whole`).toBe(ROWS_PER_BATCH);
          if (mode === 'import' && acks.length)
            expect(imports.map((r) => r.b)).toEqual(expect.arrayContaining(acks.map(Number)));
          const audited = (
            vault.sqlite
              .prepare(
                `select count(*) as n from audit_events where kind = 'imported' and detail like ` +
                  `'%"supervisees":${ROWS_PER_BATCH}%'`,
              )
              .get() as { n: number }
          ).n;
          expect(audited, 'one audit entry per import').toBe(imports.length);
        } finally {
          vault.close();
        }
        if (mode === 'backup')
          for (const b of listBackups(backupFolder)) expect(() => readBackup(b.file)).not.toThrow();
      }
      expect(acked.size).toBeGreaterThan(KILLS / 2);
    },
    30 * 60_000,
  );
});
