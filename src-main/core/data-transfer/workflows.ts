// Whole-vault JSON export and import with their audit entries: the CLI runs these, and an app
// channel for them would call the same functions.
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import type { Destination } from '../shared/file-port';
import { viaDetail, type Via } from '../shared/via';
import { checkImport, exportVault, importEntities, ImportError, type ImportCounts } from './data-transfer';

export async function exportJson(
  db: () => Db,
  dest: Destination,
  via: Via = 'app',
): Promise<{ path: string | null; supervisees: number }> {
  const doc = exportVault(db());
  const saved = await dest(`alliance-export-${doc.exportedAt.slice(0, 10)}.json`, (write) =>
    write(`${JSON.stringify(doc, null, 2)}\n`),
  );
  if (saved) appendAudit(db(), 'exported', { what: 'json', ...viaDetail(via) });
  return { path: saved?.path ?? null, supervisees: doc.entities.supervisees.length };
}

// Checks everything first and imports nothing if any record is wrong (ImportError lists them all).
export function importJson(db: Db, json: unknown, via: Via = 'app'): ImportCounts {
  const { doc, problems } = checkImport(db, json);
  if (!doc || problems.length) throw new ImportError(problems);
  const counts = importEntities(db, doc.entities);
  appendAudit(db, 'imported', { supervisees: counts.supervisees, ...viaDetail(via) });
  return counts;
}
