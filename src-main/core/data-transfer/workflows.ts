// Whole-vault JSON export and import with their audit entries: the CLI runs these, and an app
// channel for them would call the same functions.
import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import type { Destination } from '../shared/file-port';
import { viaDetail, type Via } from '../shared/via';
import { checkImport, importEntities, ImportError, type ImportCounts } from './data-transfer';
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

// Checks everything first and imports nothing if any record is wrong (ImportError lists them all).
// The audit entry is written in the import's own transaction: both land, or neither.
export function importJson(db: Db, json: unknown, via: Via = 'app'): ImportCounts {
  const { doc, problems } = checkImport(db, json);
  if (!doc || problems.length) throw new ImportError(problems);
  return db.transaction((tx) => {
    const counts = importEntities(tx, doc.entities);
    appendAudit(tx, 'imported', { supervisees: counts.supervisees, ...viaDetail(via) });
    return counts;
  });
}

// Reads an import file, refusing anything that is not a regular file of at most the documented
// size before a byte of it is parsed (a device such as /dev/zero, or a 6 GB file, would never end).
export function readImportFile(path: string): unknown {
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
      `${path} is ${Math.round(size / 2 ** 20)} MB; Alliance imports files of at most ${IMPORT_LIMITS.bytes / 2 ** 20} MB.`,
    );
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('validation', `${path} is not readable JSON.`);
  }
}
