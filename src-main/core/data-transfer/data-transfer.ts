// The whole vault as one JSON document, and the bulk load of records already checked (sample data,
// the benchmark). Importing a file goes through importer.ts, which checks every record. Both loop
// over the features' lists (features.ts).
import { asc, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/vault';
import { EXPORT_FORMAT, EXPORT_VERSION, type Entities, type ExportDocument } from './json-format';
import { auditHead } from '../audit/audit-log';
import { readSettings, writeSettings } from '../settings/settings';
import { bulkLoad } from './bulk-load';
import type { ImportCounts } from './importer';
import { FEATURES, TRANSFER_LISTS } from '../features';
import type { TransferList } from './transfer-list';

// A list's rows in the order the format writes them: its own order, then id.
export function listOrder(l: TransferList): { key: SQLiteColumn; id: SQLiteColumn } {
  const id = getTableColumns(l.table).id as SQLiteColumn;
  return { key: l.orderBy ?? id, id };
}

export function exportVault(db: Db, now = new Date()): ExportDocument {
  const entities: Record<string, unknown> = {};
  TRANSFER_LISTS.forEach((l, i) => {
    const { key, id } = listOrder(l);
    entities[l.list] = db.select().from(l.table).where(l.only).orderBy(asc(key), asc(id)).all();
    // Settings follow the first list, as version 1 wrote them.
    if (i === 0) entities.settings = readSettings(db);
  });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    auditHead: auditHead(db),
    entities: entities as Entities,
  };
}

// Rows per INSERT: a few hundred rows of at most 18 columns stay far under SQLite's variable limit.
const BATCH = 400;
function insertAll<T>(rows: readonly T[], insert: (batch: T[]) => void): void {
  for (let i = 0; i < rows.length; i += BATCH) insert(rows.slice(i, i + BATCH));
}

export function importEntities(db: Db, entities: Pick<Entities, 'supervisees'> & Partial<Entities>): ImportCounts {
  const rowsOf = (l: TransferList) =>
    ((entities as unknown as Record<string, unknown[] | undefined>)[l.list] ?? []) as never[];
  const touched = new Set<string>();
  for (const l of TRANSFER_LISTS)
    for (const row of rowsOf(l) as { superviseeId?: string }[])
      if (row.superviseeId !== undefined) touched.add(row.superviseeId);
  db.transaction((tx) => {
    // Templates the records may rate against (sample data and the benchmark use built-in ones).
    for (const { transfer } of FEATURES) if (transfer.lists.some((l) => rowsOf(l).length)) transfer.prepare?.(tx);
    bulkLoad(tx, [...touched], () => {
      for (const l of TRANSFER_LISTS) insertAll(rowsOf(l), (b) => tx.insert(l.table).values(b).run());
    });
    if (entities.settings && Object.keys(entities.settings).length) writeSettings(tx, entities.settings);
  });
  return {
    supervisees: entities.supervisees.length,
    sessions: entities.sessions?.length ?? 0,
    caseNotes: entities.caseNotes?.length ?? 0,
    reflections: entities.reflections?.length ?? 0,
  };
}
