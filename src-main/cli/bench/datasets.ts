// Builds (or reuses from node_modules/.cache) the benchmark's data: the same generated records in an
// unencrypted plain SQLite file and in a vault per cipher. The cache key covers the scale, the seed,
// the generator version and the migrations, so a change to any of them rebuilds.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { importEntities } from '../../core/data-transfer/data-transfer';
import { generateSampleData, GENERATOR_VERSION, type Scale } from '../../core/sample-data/generate';
import type { TimelineCursor } from '../../contract/timeline';
import { OWASP_MINIMUM } from '../../db/kdf';
import type { Cipher } from '../../db/key-file';
import * as schema from '../../db/schema';
import { createVault, type Db } from '../../db/vault';
import { MIGRATIONS_FOLDER } from '../paths';
import { progress } from './progress';

export const BENCH_PASSPHRASE = 'benchmark-passphrase-not-secret';
export const BENCH_CIPHERS: Cipher[] = ['aegis', 'chacha20', 'sqlcipher'];

export interface Dataset {
  dir: string;
  plainPath: string;
  vaultDir(cipher: Cipher): string;
}

function cacheKey(scale: Scale, seed: number): string {
  const h = createHash('sha256').update(`${scale}|${seed}|${GENERATOR_VERSION}`);
  for (const f of readdirSync(MIGRATIONS_FOLDER)
    .filter((n) => n.endsWith('.sql'))
    .sort())
    h.update(readFileSync(join(MIGRATIONS_FOLDER, f)));
  return h.digest('hex').slice(0, 16);
}

export function plainDb(path: string): { sqlite: Database.Database; db: Db } {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('mmap_size = 0');
  sqlite.pragma('cache_size = -65536'); // same as the vault, so the baseline is like for like
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

// `ciphers` narrows the vaults built (the scaling check needs only AEGIS at program scale); a set
// built with fewer ciphers than asked for is rebuilt whole.
export async function buildDataset(
  scale: Scale,
  seed: number,
  opts: { root?: string; rebuild?: boolean; ciphers?: Cipher[] } = {},
): Promise<Dataset> {
  const ciphers = opts.ciphers ?? BENCH_CIPHERS;
  const root = opts.root ?? resolve(__dirname, '..', '..', '..', 'node_modules', '.cache', 'alliance-bench');
  const prefix = `${scale}-s${seed}-`;
  const dir = join(root, `${prefix}${cacheKey(scale, seed)}`);
  const dataset: Dataset = { dir, plainPath: join(dir, 'plain.db'), vaultDir: (c) => join(dir, c) };
  if (!opts.rebuild && ciphers.every((c) => builtCiphers(dir).includes(c))) return dataset;
  // Data built for an older generator or schema is never read again (a program-scale set is
  // several GB): drop it, and this set's half-built remains.
  if (existsSync(root))
    for (const old of readdirSync(root).filter((n) => n.startsWith(prefix)))
      rmSync(join(root, old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bar = progress(`Building ${scale} data (seed ${seed})`);
  const steps = ciphers.length + 2;
  bar.update(0, steps);
  const data = generateSampleData({ scale, seed });
  bar.update(1, steps);
  const plain = plainDb(dataset.plainPath);
  migrate(plain.db, { migrationsFolder: MIGRATIONS_FOLDER });
  importEntities(plain.db, data);
  plain.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  plain.sqlite.close();
  bar.update(2, steps);
  for (const [i, cipher] of ciphers.entries()) {
    const { vault } = await createVault(dataset.vaultDir(cipher), BENCH_PASSPHRASE, {
      migrationsFolder: MIGRATIONS_FOLDER,
      kdf: OWASP_MINIMUM,
      cipher,
    });
    importEntities(vault.db, data);
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    vault.close();
    bar.update(3 + i, steps);
  }
  bar.done();
  writeFileSync(join(dir, 'complete'), JSON.stringify({ builtAt: new Date().toISOString(), ciphers }));
  return dataset;
}

// The ciphers a finished build recorded; none if the build never finished.
function builtCiphers(dir: string): Cipher[] {
  try {
    return (JSON.parse(readFileSync(join(dir, 'complete'), 'utf8')) as { ciphers: Cipher[] }).ciphers;
  } catch {
    return [];
  }
}

// What the timed queries pick their inputs from, read from the built data (the one place outside the
// features that reads their tables: test/unit/table-owners.test.ts).

// Every supervisee with reviews, and their framework's family.
export function reviewedFamilies(db: Db): { superviseeId: string; family: string }[] {
  return db.all<{ superviseeId: string; family: string }>(
    sql`select distinct r.supervisee_id as superviseeId, f.family as family
      from competency_reviews r join frameworks f on f.id = r.framework_id`,
  );
}

// The supervisee with the most sessions: the largest archive of one person.
export function busiestSupervisee(db: Db): string {
  return db.get<{ id: string }>(
    sql`select supervisee_id as id from supervision_sessions group by supervisee_id order by count(*) desc limit 1`,
  )!.id;
}

// Every case of every supervisee.
export function caseCodes(db: Db): { superviseeId: string; caseCode: string }[] {
  return db.all<{ superviseeId: string; caseCode: string }>(
    sql`select distinct supervisee_id as superviseeId, case_code as caseCode from case_notes`,
  );
}

// For each of these supervisees, the cursor of the event halfway down their timeline.
export function timelineMiddles(db: Db, superviseeIds: string[]): { superviseeId: string; cursor: TimelineCursor }[] {
  return superviseeIds.flatMap((superviseeId) => {
    const n = db.get<{ n: number }>(
      sql`select count(*) as n from timeline_events where supervisee_id = ${superviseeId}`,
    )!.n;
    const c = db.get<TimelineCursor>(sql`select at, kind, id from timeline_events where supervisee_id = ${superviseeId}
        order by at desc, kind desc, id desc limit 1 offset ${Math.floor(n / 2)}`);
    return c ? [{ superviseeId, cursor: c }] : [];
  });
}

// The last calendar month in which a supervisee logged a session: the month a packet would carry.
export function lastLoggedMonth(db: Db, superviseeId: string): { from: string; to: string } {
  const last = db.get<{ day: string }>(
    sql`select max(date) as day from supervision_sessions where supervisee_id = ${superviseeId} and deleted_at is null`,
  )!.day;
  const from = `${last.slice(0, 7)}-01`;
  const next = new Date(`${from}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1, 0);
  return { from, to: next.toISOString().slice(0, 10) };
}
