// Whole-vault JSON export and import with their audit entries: the CLI runs these, and an app
// channel for them would call the same functions.
import { statSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import type { Destination } from '../shared/file-port';
import { viaDetail, type Via } from '../shared/via';
import { Importer, type ImportCounts } from './importer';
import { recordsFromFile, recordsFromValue } from './import-source';
import { IMPORT_LIMITS } from './json-format';
import { writeVaultJson } from './export-stream';

export async function exportJson(
  db: () => Db,
  dest: Destination,
  via: Via = 'app',
): Promise<{ path: string | null; supervisees: number }> {
  const now = new Date();
  let supervisees = 0;
  const saved = await dest(`alliance-export-${now.toISOString().slice(0, 10)}.json`, (write) => {
    supervisees = writeVaultJson(db(), write, now).supervisees;
  });
  if (saved) appendAudit(db(), 'exported', { what: 'json', ...viaDetail(via) });
  return { path: saved?.path ?? null, supervisees };
}

// Half the usual page cache while loading: a career-scale file then stays under 300 MB in all
// (docs/performance.md) for about 7% more time. Returns what puts the cache back.
export function halveCacheForLoad(db: Db): () => void {
  const cache = db.get<{ cache_size: number }>(sql`pragma cache_size`)?.cache_size ?? -65536;
  db.run(sql`pragma cache_size = -32768`);
  return () => db.run(sql.raw(`pragma cache_size = ${Number(cache)}`));
}

// The import's own audit entry, written in its transaction: both land, or neither.
export function finishImport(db: Db, importer: Importer, frame: unknown, via: Via): ImportCounts {
  const counts = importer.finish(frame);
  appendAudit(db, 'imported', { supervisees: counts.supervisees, ...viaDetail(via) });
  return counts;
}

// Every record is checked and nothing is kept if any is wrong (ImportError lists the problems).
function runImport(db: Db, feed: (sink: Importer) => unknown, via: Via): ImportCounts {
  const restoreCache = halveCacheForLoad(db);
  try {
    return db.transaction((tx) => {
      const importer = new Importer(tx);
      return finishImport(tx, importer, feed(importer), via);
    });
  } finally {
    restoreCache();
  }
}

export function importJson(db: Db, json: unknown, via: Via = 'app'): ImportCounts {
  return runImport(db, (sink) => recordsFromValue(json, sink), via);
}

// Reads the file as a stream, a record at a time, after refusing anything that is not a regular
// file of at most the documented size (a device such as /dev/zero, or a 6 GB file, would never end).
export function importJsonFile(db: Db, path: string, via: Via = 'app'): ImportCounts {
  checkImportFile(path);
  return runImport(db, (sink) => recordsFromFile(path, sink), via);
}

// Returns the file's size in bytes.
export function checkImportFile(path: string): number {
  let size: number;
  try {
    const s = statSync(path);
    if (!s.isFile()) throw new AppError('validation', `${path} is not a file Alliance can import.`);
    size = s.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('not_found', `${path} could not be read.`);
  }
  if (size > IMPORT_LIMITS.bytes)
    throw new AppError(
      'validation',
      `${path} is ${Math.round(size / 2 ** 20)} MB; Alliance imports files of at most ` +
        `${IMPORT_LIMITS.bytes / 2 ** 20} MB.`,
    );
  return size;
}
