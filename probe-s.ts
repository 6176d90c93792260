import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './src-main/db/schema';
import * as s from './src-main/core/search/search';
const dir = process.argv[2]!;
const sqlite = new Database(`${dir}/plain.db`, { readonly: true });
const db = drizzle(sqlite, { schema }) as any;
const words = ['risk', 'rupture', 'pacing exp', 'safety plan', 'rescue', 'hurry', 'cult', 'counter', 'zzz'];
const res: number[] = [];
for (let i = 0; i < 900; i++) {
  const t0 = performance.now();
  s.search(db, { text: words[i % words.length]!, risk: false, limit: 20 } as any);
  if (i >= 90) res.push(performance.now() - t0);
}
res.sort((a, b) => a - b);
const q = (f: number) => res[Math.floor(f * (res.length - 1))]!.toFixed(2);
console.log('RANKED', s.RANKED, 'p50', q(0.5), 'p95', q(0.95), 'p99', q(0.99));
