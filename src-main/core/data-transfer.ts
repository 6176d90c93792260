// Export and import of the whole vault in the JSON format. Import checks everything first and
// then writes everything in one transaction, or nothing at all.
import { AppError } from '../contract/errors';
import { supervisees } from '../db/schema';
import type { AppDb } from '../db/vault';
import { exportDocument, EXPORT_FORMAT, EXPORT_VERSION, formatPath, type Entities, type ExportDocument, type ImportProblem } from './json-format';
import { readSettings, writeSettings } from './settings';

export function exportVault(db: AppDb, now = new Date()): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    entities: {
      supervisees: db.select().from(supervisees).orderBy(supervisees.createdAt, supervisees.id).all(),
      settings: readSettings(db),
    },
  };
}

export class ImportError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super('validation', `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported.`);
  }
}

export function checkImport(db: AppDb, json: unknown): { doc: ExportDocument; problems: ImportProblem[] } | { doc: null; problems: ImportProblem[] } {
  if (typeof json === 'object' && json !== null && 'format' in json && (json as { format: unknown }).format === EXPORT_FORMAT) {
    const v = (json as { version?: unknown }).version;
    if (typeof v === 'number' && v > EXPORT_VERSION) {
      return { doc: null, problems: [{ location: 'version', message: `This file is format version ${v}; this Alliance reads up to ${EXPORT_VERSION}. Update Alliance.` }] };
    }
  }
  const parsed = exportDocument.safeParse(json);
  if (!parsed.success) {
    return { doc: null, problems: parsed.error.issues.map((i) => ({ location: formatPath(i.path), message: i.message })) };
  }
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const existing = new Set(db.select({ id: supervisees.id }).from(supervisees).all().map((r) => r.id));
  parsed.data.entities.supervisees.forEach((s, i) => {
    const loc = `entities.supervisees[${i}].id`;
    const first = seen.get(s.id);
    if (first !== undefined) problems.push({ location: loc, message: `Same id as entities.supervisees[${first}].` });
    else seen.set(s.id, i);
    if (existing.has(s.id)) problems.push({ location: loc, message: 'A supervisee with this id is already in the vault.' });
  });
  return { doc: parsed.data, problems };
}

export function importEntities(db: AppDb, entities: Entities): { supervisees: number } {
  db.transaction((tx) => {
    for (const s of entities.supervisees) tx.insert(supervisees).values(s).run();
    if (entities.settings && Object.keys(entities.settings).length) writeSettings(tx as unknown as AppDb, entities.settings);
  });
  return { supervisees: entities.supervisees.length };
}

export function importVault(db: AppDb, json: unknown): { supervisees: number } {
  const { doc, problems } = checkImport(db, json);
  if (!doc || problems.length) throw new ImportError(problems);
  return importEntities(db, doc.entities);
}
