// Another feature points at a note (a draft, a rating's evidence): whose it is, without reading the
// notes table itself.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import { caseNotes } from './tables';

// The note's supervisee, deleted or not; undefined when there is no such note.
export function noteSupervisee(db: Db, id: string): string | undefined {
  return db.select({ superviseeId: caseNotes.superviseeId }).from(caseNotes).where(eq(caseNotes.id, id)).get()
    ?.superviseeId;
}
