// Child of the benchmark: unlock the vault, run every benchmark query, print peak RSS in MB.
// The benchmark runs it bundled into plain JavaScript, as the app's code runs (main.ts, bundledProbe).
import { unlockVault } from '../../db/vault';
import { MIGRATIONS_FOLDER } from '../paths';
import { BENCH_PASSPHRASE } from './datasets';
import { peakRssMb } from './peak-rss';
import { QUERIES } from './queries';

async function main() {
  const vault = await unlockVault(process.argv[2]!, BENCH_PASSPHRASE, { migrationsFolder: MIGRATIONS_FOLDER });
  for (const q of QUERIES) {
    const run = q.prepare(vault.db);
    for (let i = 0; i < Math.min(200, q.maxIterations ?? 200); i++) run();
  }
  vault.close();
  process.stdout.write(`${peakRssMb().toFixed(1)}\n`);
}

if (require.main === module) void main();
