// Child of the benchmark: one whole-vault operation in a fresh process, so its peak memory is its
// own. Prints `{ "ms": …, "peakMb": … }`. The operations are the workflows the app and the CLI call.
// The benchmark runs this file bundled into plain JavaScript (main.ts, bundledProbe), as the app's
// own code runs, so no TypeScript loader is part of the figure.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportArchive } from '../../core/archive/workflows';
import { backUp } from '../../core/backups/workflows';
import { restoreBackup } from '../../core/backups/backup';
import { exportJson, importJsonFile } from '../../core/data-transfer/workflows';
import { toPath } from '../../core/shared/file-port';
import { OWASP_MINIMUM } from '../../db/kdf';
import { createVault, unlockVault, type OpenVault } from '../../db/vault';
import { MIGRATIONS_FOLDER } from '../paths';
import { BENCH_PASSPHRASE, busiestSupervisee } from './datasets';
import { exchangeMonth } from './exchange-probe';
import { peakRssMb } from './peak-rss';

export const OPERATIONS = [
  'export-json',
  'import-json',
  'backup',
  'restore',
  'archive-one',
  'archive-all',
  'exchange-month',
] as const;
export type Operation = (typeof OPERATIONS)[number];

const open = (dir: string) => unlockVault(dir, BENCH_PASSPHRASE, { migrationsFolder: MIGRATIONS_FOLDER });

// `vault` is the benchmark's vault; `work` a scratch folder shared by the steps, in this order.
async function run(op: Operation, vault: string, work: string): Promise<number> {
  const json = join(work, 'export.json');
  let v: OpenVault | null = null;
  try {
    if (op === 'import-json') {
      v = (
        await createVault(join(work, 'imported'), BENCH_PASSPHRASE, {
          migrationsFolder: MIGRATIONS_FOLDER,
          kdf: OWASP_MINIMUM,
        })
      ).vault;
    } else if (op !== 'restore') v = await open(vault);
    // Its own clock: the supervisee's vault it sets up first is not part of the step.
    if (op === 'exchange-month') return (await exchangeMonth(v!, work)).ms;
    const t0 = performance.now();
    if (op === 'export-json')
      await exportJson(
        () => v!.db,
        toPath(json, () => v!.db),
        'cli',
      );
    else if (op === 'import-json') importJsonFile(v!.db, json, 'cli');
    else if (op === 'backup') backUp(v!, join(work, 'backups'), 1, 'cli');
    else if (op === 'archive-one' || op === 'archive-all') {
      // One supervisee: the one with the most sessions, the largest archive of one person.
      const busiest = op === 'archive-one' ? busiestSupervisee(v!.db) : null;
      await exportArchive(
        () => v!,
        toPath(join(work, `${op}.html`), () => v!.db),
        { superviseeId: busiest, opensWith: 'vault', passphrase: null },
        'cli',
      );
    } else {
      const file = readdirSync(join(work, 'backups')).find((n) => n.endsWith('.alliance-backup'))!;
      await restoreBackup(join(work, 'backups', file), join(work, 'restored'), { passphrase: BENCH_PASSPHRASE });
    }
    return performance.now() - t0;
  } finally {
    v?.close();
  }
}

async function main() {
  const [op, vault, work] = process.argv.slice(2) as [Operation, string, string];
  const ms = await run(op, vault, work);
  process.stdout.write(`${JSON.stringify({ ms, peakMb: peakRssMb() })}\n`);
}

if (require.main === module) void main();
