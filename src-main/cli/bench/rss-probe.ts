// Child of the benchmark: unlock the vault, run every benchmark query, print peak RSS in MB.
// tsx's own loader is part of this process too, so the figure errs on the high side.
import { existsSync, readFileSync } from 'node:fs';
import { unlockVault } from '../../db/vault';
import { MIGRATIONS_FOLDER } from '../paths';
import { BENCH_PASSPHRASE } from './datasets';
import { QUERIES } from './queries';

// Linux's VmHWM is this process's own high-water mark. getrusage's maxRSS is not: on Linux it
// carries over the parent's resident size from the fork that started this process, so under the
// benchmark it reported the benchmark's memory, not the core's. Other systems use maxRSS.
export function peakRssMb(): number {
  if (existsSync('/proc/self/status')) {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) / 1024;
  }
  return process.resourceUsage().maxRSS / 1024;
}

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
