// Timing helpers: warm up, then sample until enough iterations or the time budget is spent.
import { performance } from 'node:perf_hooks';

export interface Sample {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(times: number[]): Sample {
  const s = [...times].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), n: s.length };
}

export function sample(fn: () => unknown, opts: { iterations: number; budgetMs: number }): Sample {
  for (let i = 0; i < Math.min(20, opts.iterations); i++) fn();
  const times: number[] = [];
  const end = performance.now() + opts.budgetMs;
  while (times.length < opts.iterations && (times.length < 10 || performance.now() < end)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return summarize(times);
}

export async function sampleAsync(
  fn: () => Promise<unknown>,
  opts: { iterations: number; budgetMs: number },
): Promise<Sample> {
  for (let i = 0; i < Math.min(20, opts.iterations); i++) await fn();
  const times: number[] = [];
  const end = performance.now() + opts.budgetMs;
  while (times.length < opts.iterations && (times.length < 10 || performance.now() < end)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return summarize(times);
}

// Times several functions in turn, rotating which goes first, so warm-up, caches and machine noise
// fall on all of them alike. Returns one sample per function.
export function sampleInterleaved(fns: (() => unknown)[], opts: { iterations: number; budgetMs: number }): Sample[] {
  for (const fn of fns) for (let i = 0; i < Math.min(20, opts.iterations); i++) fn();
  const times: number[][] = fns.map(() => []);
  const end = performance.now() + opts.budgetMs * fns.length;
  for (let round = 0; round < opts.iterations && (round < 10 || performance.now() < end); round++) {
    for (let k = 0; k < fns.length; k++) {
      const j = (round + k) % fns.length;
      const t = performance.now();
      fns[j]!();
      times[j]!.push(performance.now() - t);
    }
  }
  return times.map(summarize);
}
