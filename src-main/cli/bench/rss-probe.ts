// Child of the benchmark: unlock the vault, run every benchmark query, print peak RSS in MB.
// tsx's own loader is part of this process too, so the figure errs on the high side.
import { unlockVault } from '../../db/vault';
import { MIGRATIONS_FOLDER } from '../paths';
import { BENCH_PASSPHRASE } from './datasets';
import { QUERIES } from './queries';

async function main() {
  const vault = await unlockVault(process.argv[2]!, BENCH_PASSPHRASE, { migrationsFolder: MIGRATIONS_FOLDER });
  for (const q of QUERIES) {
    const run = q.prepare(vault.db);
    for (let i = 0; i < Math.min(200, q.maxIterations ?? 200); i++) run();
  }
  vault.close();
  process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
}

void main();
