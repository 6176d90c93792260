// The whole vault as one JSON document, and the bulk load of records already checked (sample data,
// the benchmark). Importing a file goes through importer.ts, which checks every record.
import { clientHours, signedPeriods, supervisees, supervisionSessions } from '../../db/schema';
import type { Db } from '../../db/vault';
import { EXPORT_FORMAT, EXPORT_VERSION, type Entities, type ExportDocument } from './json-format';
import { auditHead } from '../audit/audit-log';
import { readSettings, writeSettings } from '../settings/settings';
import { bulkLoad } from './bulk-load';
import type { ImportCounts } from './importer';
import { BY_ID_LISTS, LIST_TABLES } from './tables';
import { materialiseBuiltins } from '../frameworks/frameworks';

export function exportVault(db: Db, now = new Date()): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    auditHead: auditHead(db),
    entities: {
      supervisees: db.select().from(supervisees).orderBy(supervisees.createdAt, supervisees.id).all(),
      settings: readSettings(db),
      sessions: db.select().from(supervisionSessions).orderBy(supervisionSessions.date, supervisionSessions.id).all(),
      clientHours: db.select().from(clientHours).orderBy(clientHours.periodEnd, clientHours.id).all(),
      signedPeriods: db.select().from(signedPeriods).orderBy(signedPeriods.periodStart, signedPeriods.id).all(),
      ...(Object.fromEntries(
        BY_ID_LISTS.map(({ list, only }) => {
          const table = LIST_TABLES[list] as typeof supervisees;
          return [list, db.select().from(table).where(only).orderBy(table.id).all()];
        }),
      ) as unknown as Omit<Entities, 'supervisees' | 'settings' | 'sessions' | 'clientHours' | 'signedPeriods'>),
    },
  };
}

// Rows per INSERT: a few hundred rows of at most 18 columns stay far under SQLite's variable limit.
const BATCH = 400;
function insertAll<T>(rows: readonly T[], insert: (batch: T[]) => void): void {
  for (let i = 0; i < rows.length; i += BATCH) insert(rows.slice(i, i + BATCH));
}

export function importEntities(db: Db, entities: Pick<Entities, 'supervisees'> & Partial<Entities>): ImportCounts {
  const sessions = entities.sessions ?? [];
  const hours = entities.clientHours ?? [];
  const touched = [...new Set([...sessions, ...hours].map((r) => r.superviseeId))];
  db.transaction((tx) => {
    insertAll(entities.supervisees, (b) => tx.insert(supervisees).values(b).run());
    bulkLoad(tx, touched, () => {
      insertAll(sessions, (b) => tx.insert(supervisionSessions).values(b).run());
      insertAll(hours, (b) => tx.insert(clientHours).values(b).run());
    });
    insertAll(entities.signedPeriods ?? [], (b) => tx.insert(signedPeriods).values(b).run());
    // Reviews of the sample data and the benchmark rate against built-in templates.
    if (entities.competencyReviews?.length) materialiseBuiltins(tx);
    for (const { list } of BY_ID_LISTS) {
      const rows = (entities[list] ?? []) as (typeof supervisees.$inferInsert)[];
      insertAll(rows, (b) =>
        tx
          .insert(LIST_TABLES[list] as typeof supervisees)
          .values(b)
          .run(),
      );
    }
    if (entities.settings && Object.keys(entities.settings).length) writeSettings(tx, entities.settings);
  });
  return {
    supervisees: entities.supervisees.length,
    sessions: entities.sessions?.length ?? 0,
    caseNotes: entities.caseNotes?.length ?? 0,
    reflections: entities.reflections?.length ?? 0,
  };
}
