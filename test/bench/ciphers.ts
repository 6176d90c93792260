// `npm run bench:ciphers`: the same schema, data and queries on a plain SQLite file and on each
// SQLite3MultipleCiphers cipher with a raw 256-bit key, in one run, reported as ratios to plain.
// Also times Argon2id at the calibrated setting and unlock (derive vs open + migrate).
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRng } from '../../src-main/core/sample-data/prng';
import { calibrateArgon2id, deriveArgon2id, newSalt } from '../../src-main/db/kdf';
import { createVault, unlockVault } from '../../src-main/db/vault';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const ITER = Number(process.env.BENCH_ITER ?? 200);
const CIPHERS = ['plain', 'aegis', 'chacha20', 'sqlcipher'] as const;
const WORDS = (
  'supervisee client alliance rupture repair boundary consent risk plan goal task bond formulation transference ' +
  'hope session family school anxiety trauma grief sleep'
).split(' ');

function open(path: string, cipher: (typeof CIPHERS)[number], key: string): Database.Database {
  const db = new Database(path);
  if (cipher !== 'plain') {
    db.pragma(`cipher = '${cipher}'`);
    db.pragma(`key = "x'${key}'"`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = 0');
  return db;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function time(fn: () => void, n = ITER): number[] {
  for (let i = 0; i < 5; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-bench-'));
  const key = randomBytes(32).toString('hex');
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const cipher of CIPHERS) {
      const path = join(dir, `${cipher}.db`);
      const db = open(path, cipher, key);
      db.exec(
        'create table notes(id integer primary key, supervisee integer not null, day text not null, body text not ' +
          'null); create index notes_sup_day on notes(supervisee, day)',
      );
      const rng = createRng(42);
      const insert = db.prepare('insert into notes(supervisee, day, body) values (?, ?, ?)');
      const t0 = performance.now();
      db.transaction(() => {
        for (let i = 0; i < ROWS; i++) {
          const body = Array.from({ length: 150 }, () => rng.pick(WORDS)).join(' ');
          insert.run(
            rng.int(1, 200),
            `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
            body,
          );
        }
      })();
      const insertMs = performance.now() - t0;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const reopened = open(path, cipher, key);
      // A cold-ish connection each time for the page-reading queries, like after unlock.
      const page = reopened.prepare(
        'select id, day, substr(body, 1, 80) from notes where supervisee = ? order by day desc limit 50',
      );
      const count = reopened.prepare('select count(*) from notes where supervisee = ? and day between ? and ?');
      const scan = reopened.prepare("select count(*) from notes where body like '%rupture repair%'");
      const r = createRng(7);
      results[cipher] = {
        'insert all (ms)': insertMs,
        'timeline page p50': pct(
          time(() => page.all(r.int(1, 200))),
          50,
        ),
        'range count p50': pct(
          time(() => count.get(r.int(1, 200), '2026-01-01', '2026-06-30')),
          50,
        ),
        'full scan p50': pct(
          time(() => scan.get(), 10),
          50,
        ),
        'file MB': statSync(path).size / 1e6,
      };
      reopened.close();
    }
    const metrics = Object.keys(results.plain!);
    console.log(`\nCipher comparison, ${ROWS} notes of 150 words (p50 ms; ratio to plain in brackets)\n`);
    console.log(['metric'.padEnd(20), ...CIPHERS.map((c) => c.padStart(18))].join(''));
    for (const m of metrics) {
      const base = results.plain![m]!;
      console.log(
        [
          m.padEnd(20),
          ...CIPHERS.map((c) => `${results[c]![m]!.toFixed(3)} (${(results[c]![m]! / base).toFixed(2)}x)`.padStart(18)),
        ].join(''),
      );
    }

    const cal = await calibrateArgon2id();
    const derive = [] as number[];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await deriveArgon2id('bench passphrase', { ...cal.params, salt: newSalt() });
      derive.push(performance.now() - t);
    }
    const vdir = join(dir, 'vault');
    const migrations = resolve(__dirname, '..', '..', 'drizzle');
    (await createVault(vdir, 'bench-passphrase-1234', { migrationsFolder: migrations, kdf: cal.params })).vault.close();
    const t1 = performance.now();
    const v = await unlockVault(vdir, 'bench-passphrase-1234', { migrationsFolder: migrations });
    const unlockTotal = performance.now() - t1;
    v.close();
    const d = pct(derive, 50);
    console.log(
      `\nArgon2id calibrated: m=${cal.params.memoryKiB} KiB, t=${cal.params.iterations}, ` +
        `p=${cal.params.parallelism}; derivation p50 ${d.toFixed(0)} ms`,
    );
    console.log(
      `Unlock: ${unlockTotal.toFixed(0)} ms total, of which open + migrate about ` +
        `${Math.max(0, unlockTotal - d).toFixed(0)} ms\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
