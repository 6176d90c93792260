// A benchmark child's own peak memory, in MB.
import { existsSync, readFileSync } from 'node:fs';

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
