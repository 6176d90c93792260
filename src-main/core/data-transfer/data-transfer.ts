// Export and import of the whole vault in the JSON format. Import checks everything first and
// then writes everything in one transaction, or nothing at all.
import { AppError, formatPath } from '../../contract/errors';
import { clientHours, signedPeriods, supervisees, supervisionSessions } from '../../db/schema';
import type { Db } from '../../db/vault';
import {
  exportDocument,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_LIMITS,
  type Entities,
  type ExportDocument,
  type ImportProblem,
} from './json-format';
import { localToday } from '../../contract/dates';
import { auditHead } from '../audit/audit-log';
import { activePeriods, signedRefusal } from '../signing/signing';
import { readSettings, writeSettings } from '../settings/settings';
import { bulkLoad } from './bulk-load';

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
    },
  };
}

export class ImportError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super(
      'validation',
      `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported.`,
    );
  }
}

// Counted before validation: millions of records would each be checked (and each fail) first.
function countProblems(json: unknown): ImportProblem | null {
  const entities = (json as { entities?: Record<string, unknown> } | null)?.entities;
  if (typeof entities !== 'object' || entities === null) return null;
  for (const [what, max] of Object.entries(IMPORT_LIMITS)) {
    const list = (entities as Record<string, unknown>)[what];
    if (what !== 'bytes' && Array.isArray(list) && list.length > max)
      return {
        location: `entities.${what}`,
        message: `The file holds ${list.length.toLocaleString('en')} ${what}; Alliance imports at most ${max.toLocaleString('en')}.`,
      };
  }
  return null;
}

// The rules the app applies to what is typed, applied to what is imported: no day before 1900, no
// session or hours after today, and nothing added inside a period already signed in this vault (the file's own
// signed periods come with their own records and are checked by their hashes when listed).
function appRules(db: Db, e: Entities): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const today = localToday();
  const day = (value: string, location: string, what: string, future = false) => {
    if (value < EARLIEST) problems.push({ location, message: `${what} is before 1900: check the year.` });
    else if (!future && value > today) problems.push({ location, message: `${what} is after today.` });
  };
  // Supervision may be planned to start later, as in the app; sessions and hours may not be.
  e.supervisees.forEach((s, i) =>
    day(s.supervisionStart, `entities.supervisees[${i}].supervisionStart`, 'The start', true),
  );
  // One read of the signed periods for the whole file, not one query per record.
  const signed = activePeriods(db);
  const unsignedHere = (superviseeId: string, from: string, to: string, location: string) => {
    const p = signed.get(superviseeId)?.find((x) => x.periodStart <= to && from <= x.periodEnd);
    if (p) problems.push({ location, message: signedRefusal(p) });
  };
  e.sessions.forEach((s, i) => {
    day(s.date, `entities.sessions[${i}].date`, 'The session date');
    unsignedHere(s.superviseeId, s.date, s.date, `entities.sessions[${i}].date`);
  });
  e.clientHours.forEach((h, i) => {
    day(h.periodStart, `entities.clientHours[${i}].periodStart`, 'The period');
    unsignedHere(h.superviseeId, h.periodStart, h.periodEnd, `entities.clientHours[${i}].periodStart`);
  });
  return problems;
}
const EARLIEST = '1900-01-01';

export function checkImport(
  db: Db,
  json: unknown,
): { doc: ExportDocument; problems: ImportProblem[] } | { doc: null; problems: ImportProblem[] } {
  if (
    typeof json === 'object' &&
    json !== null &&
    'format' in json &&
    (json as { format: unknown }).format === EXPORT_FORMAT
  ) {
    const v = (json as { version?: unknown }).version;
    if (typeof v === 'number' && v > EXPORT_VERSION) {
      return {
        doc: null,
        problems: [
          {
            location: 'version',
            message: `This file is format version ${v}; this Alliance reads up to ${EXPORT_VERSION}. Update Alliance.`,
          },
        ],
      };
    }
  }
  const tooMany = countProblems(json);
  if (tooMany) return { doc: null, problems: [tooMany] };
  const parsed = exportDocument.safeParse(json);
  if (!parsed.success) {
    return {
      doc: null,
      problems: parsed.error.issues.map((i) => ({ location: formatPath(i.path), message: i.message })),
    };
  }
  const problems: ImportProblem[] = [];
  const e = parsed.data.entities;
  // Ids must be new (in the file and in the vault), and references must point at something.
  const unique = (list: { id: string }[], name: string, inVault: Set<string>, what: string) => {
    const seen = new Map<string, number>();
    list.forEach((x, i) => {
      const loc = `entities.${name}[${i}].id`;
      const first = seen.get(x.id);
      if (first !== undefined) problems.push({ location: loc, message: `Same id as entities.${name}[${first}].` });
      else seen.set(x.id, i);
      if (inVault.has(x.id)) problems.push({ location: loc, message: `${what} with this id is already in the vault.` });
    });
    return seen;
  };
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const existingPeople = ids(db.select({ id: supervisees.id }).from(supervisees).all());
  const people = unique(e.supervisees, 'supervisees', existingPeople, 'A supervisee');
  const sessions = unique(
    e.sessions,
    'sessions',
    ids(db.select({ id: supervisionSessions.id }).from(supervisionSessions).all()),
    'A session',
  );
  unique(
    e.clientHours,
    'clientHours',
    ids(db.select({ id: clientHours.id }).from(clientHours).all()),
    'An hours entry',
  );
  unique(
    e.signedPeriods,
    'signedPeriods',
    ids(db.select({ id: signedPeriods.id }).from(signedPeriods).all()),
    'A signed period',
  );
  const personKnown = (pid: string) => people.has(pid) || existingPeople.has(pid);
  e.signedPeriods.forEach((p, i) => {
    if (!personKnown(p.superviseeId))
      problems.push({
        location: `entities.signedPeriods[${i}].superviseeId`,
        message: 'No supervisee with this id in the file or the vault.',
      });
  });
  e.sessions.forEach((x, i) => {
    if (!personKnown(x.superviseeId))
      problems.push({
        location: `entities.sessions[${i}].superviseeId`,
        message: 'No supervisee with this id in the file or the vault.',
      });
  });
  e.clientHours.forEach((h, i) => {
    if (!personKnown(h.superviseeId))
      problems.push({
        location: `entities.clientHours[${i}].superviseeId`,
        message: 'No supervisee with this id in the file or the vault.',
      });
    if (h.sessionId !== null && !sessions.has(h.sessionId))
      problems.push({
        location: `entities.clientHours[${i}].sessionId`,
        message: 'No session with this id in the file.',
      });
    else if (h.sessionId !== null && e.sessions[sessions.get(h.sessionId)!]!.superviseeId !== h.superviseeId)
      problems.push({
        location: `entities.clientHours[${i}].superviseeId`,
        message: 'These hours belong to a session of another supervisee.',
      });
  });
  problems.push(...appRules(db, e));
  return { doc: parsed.data, problems };
}

export interface ImportCounts {
  supervisees: number;
  sessions: number;
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
    if (entities.settings && Object.keys(entities.settings).length) writeSettings(tx, entities.settings);
  });
  return { supervisees: entities.supervisees.length, sessions: entities.sessions?.length ?? 0 };
}
