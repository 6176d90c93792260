// The supervisee's constellation: the other supervisors and mentors who hold this person, their role
// and what they cover, so the supervisor sees the whole picture.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { ConstellationMember } from '../../contract/alliance';
import { CONSTELLATION_ROLES, type ConstellationRole } from '../../contract/enums';
import { AppError } from '../../contract/errors';
import { constellationMembers } from './tables';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

type Fields = { name: string; role: ConstellationRole; covers: string };

// In the order of CONSTELLATION_ROLES (site supervisor first), then by name.
export function listConstellation(db: Db, superviseeId: string): ConstellationMember[] {
  getSupervisee(db, superviseeId);
  return db
    .select()
    .from(constellationMembers)
    .where(eq(constellationMembers.superviseeId, superviseeId))
    .orderBy(asc(constellationMembers.name))
    .all()
    .sort((a, b) => CONSTELLATION_ROLES.indexOf(a.role) - CONSTELLATION_ROLES.indexOf(b.role));
}

export function addMember(db: Db, input: Fields & { superviseeId: string }, now = new Date()): ConstellationMember {
  getSupervisee(db, input.superviseeId);
  const ts = now.toISOString();
  const row = { id: randomUUID(), ...input, createdAt: ts, updatedAt: ts };
  db.insert(constellationMembers).values(row).run();
  return row;
}

export function updateMember(db: Db, id: string, fields: Fields, now = new Date()): ConstellationMember {
  const done = db
    .update(constellationMembers)
    .set({ ...fields, updatedAt: now.toISOString() })
    .where(eq(constellationMembers.id, id))
    .run();
  if (!done.changes) throw new AppError('not_found', 'That person was not found in the constellation.');
  return db.select().from(constellationMembers).where(eq(constellationMembers.id, id)).get()!;
}

export function removeMember(db: Db, id: string): void {
  const gone = db.delete(constellationMembers).where(eq(constellationMembers.id, id)).run();
  if (!gone.changes) throw new AppError('not_found', 'That person was not found in the constellation.');
}
