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
import { runSteps } from '../shared/steps';
import type { ImportStep } from '../../contract/data-transfer';
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

// How the vault is set for a load, outside its transaction; returns what sets it back, which does not
// throw (a vault locked meanwhile is set afresh when it is next opened).
// - Half the usual page cache: a career-scale file then stays under 300 MB in all (docs/performance.md)
//   for about 7% more time.
// - A rollback journal instead of the WAL. In WAL mode every page is written twice, into the WAL at the
//   commit and into the database when SQLite checkpoints it; a new vault's import writes a gigabyte of
//   new pages, which a rollback journal writes once, straight into the database (4.5 s less at career
//   scale). It is as atomic: a load cut off is rolled back from the journal when the vault next opens.
//   The journal's pages are encrypted as the database's are.
export function setUpForLoad(db: Db): () => void {
  const cache = db.get<{ cache_size: number }>(sql`pragma cache_size`)?.cache_size ?? -65536;
  db.run(sql`pragma cache_size = -32768`);
  let journal: string | undefined;
  try {
    journal = db.get<{ journal_mode: string }>(sql`pragma journal_mode = delete`)?.journal_mode;
  } catch {
    // Inside another transaction the mode cannot change: the load runs in WAL mode, only slower.
  }
  return () => {
    try {
      db.run(sql.raw(`pragma cache_size = ${Number(cache)}`));
      if (journal === 'delete') db.run(sql`pragma journal_mode = wal`);
    } catch {
      /* the vault was locked meanwhile */
    }
  };
}

// The import's steps after its last record, then its own audit entry, written in its transaction:
// both land, or neither.
export function* finishingImport(
  db: Db,
  importer: Importer,
  frame: unknown,
  via: Via,
): Generator<ImportStep, ImportCounts> {
  const counts = yield* importer.finishing(frame);
  appendAudit(db, 'imported', { supervisees: counts.supervisees, ...viaDetail(via) });
  return counts;
}

// Every record is checked and nothing is kept if any is wrong (ImportError lists the problems).
// `starting` hears each step after the records, before it runs.
function runImport(
  db: Db,
  feed: (sink: Importer) => unknown,
  via: Via,
  starting?: (step: ImportStep) => void,
): ImportCounts {
  const restoreSettings = setUpForLoad(db);
  try {
    return db.transaction((tx) => {
      const importer = new Importer(tx);
      return runSteps(finishingImport(tx, importer, feed(importer), via), starting);
    });
  } finally {
    restoreSettings();
  }
}

export function importJson(db: Db, json: unknown, via: Via = 'app'): ImportCounts {
  return runImport(db, (sink) => recordsFromValue(json, sink), via);
}

// Reads the file as a stream, a record at a time, after refusing anything that is not a regular
// file of at most the documented size (a device such as /dev/zero, or a 6 GB file, would never end).
export function importJsonFile(
  db: Db,
  path: string,
  via: Via = 'app',
  starting?: (step: ImportStep) => void,
): ImportCounts {
  checkImportFile(path);
  return runImport(db, (sink) => recordsFromFile(path, sink), via, starting);
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
