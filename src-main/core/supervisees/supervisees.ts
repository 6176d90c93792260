// Supervisee records. Archiving is the normal way out; a hard delete needs the archived record and
// the supervisee's exact name typed back as confirmation.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import type { NewSupervisee, Supervisee, SuperviseeFilter, SuperviseePatch } from '../../contract/supervisees';
import { supervisees } from './tables';
import type { Db } from '../../db/vault';
import { preparedFor } from '../../db/prepared';
import { purgeSupervisee } from './purge';

type Row = typeof supervisees.$inferSelect;
const toSupervisee = (r: Row): Supervisee => ({ ...r });

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listSupervisees(db: Db, q: SuperviseeFilter): Supervisee[] {
  const where: SQL[] = [];
  if (q.status !== 'any') where.push(eq(supervisees.status, q.status));
  if (q.archived === 'exclude') where.push(isNull(supervisees.archivedAt));
  if (q.archived === 'only') where.push(isNotNull(supervisees.archivedAt));
  const term = q.search.trim();
  if (term) {
    const pattern = `%${escapeLike(term)}%`;
    const fields = [
      supervisees.fullName,
      supervisees.program,
      supervisees.site,
      supervisees.registrationNumber,
      supervisees.licenceTrack,
    ];
    where.push(or(...fields.map((f) => sql`${f} like ${pattern} escape '\\'`))!);
  }
  return db
    .select()
    .from(supervisees)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(sql`lower(${supervisees.fullName})`))
    .all()
    .map(toSupervisee);
}

// Nearly every read and write of a supervisee's records starts here: built and compiled once per vault.
const byId = preparedFor((db) =>
  db
    .select()
    .from(supervisees)
    .where(eq(supervisees.id, sql.placeholder('id')))
    .prepare(),
);

export function getSupervisee(db: Db, id: string): Supervisee {
  const row = byId(db).get({ id });
  if (!row) throw new AppError('not_found', 'That supervisee was not found.');
  return toSupervisee(row);
}

export function createSupervisee(db: Db, input: NewSupervisee, now = new Date()): Supervisee {
  const ts = now.toISOString();
  const row = { id: randomUUID(), ...input, archivedAt: null, createdAt: ts, updatedAt: ts };
  db.insert(supervisees).values(row).run();
  return toSupervisee(row);
}

export function updateSupervisee(db: Db, id: string, patch: SuperviseePatch, now = new Date()): Supervisee {
  const current = getSupervisee(db, id);
  const next = { ...current, ...patch };
  if (next.supervisionEnd && next.supervisionEnd < next.supervisionStart) {
    throw invalid(issue('supervisionEnd', 'The end date must be on or after the start date.'));
  }
  db.update(supervisees)
    .set({ ...patch, updatedAt: now.toISOString() })
    .where(eq(supervisees.id, id))
    .run();
  return getSupervisee(db, id);
}

export function setArchived(db: Db, id: string, archived: boolean, now = new Date()): Supervisee {
  getSupervisee(db, id);
  const ts = now.toISOString();
  db.update(supervisees)
    .set({ archivedAt: archived ? ts : null, updatedAt: ts })
    .where(eq(supervisees.id, id))
    .run();
  return getSupervisee(db, id);
}

export function deleteSupervisee(db: Db, id: string, confirmName: string): void {
  const s = getSupervisee(db, id);
  if (!s.archivedAt) throw new AppError('conflict', 'Archive this supervisee before deleting them for good.');
  if (confirmName !== s.fullName) {
    throw invalid(issue('confirmName', "Type the supervisee's full name exactly to confirm the permanent delete."));
  }
  purgeSupervisee(db, id);
}
