// Another feature links a record to a session (a note, a reflection, a check-in): what it needs to
// check that link before keeping it, without reading the sessions table itself.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import { supervisionSessions } from './tables';

export interface SessionRef {
  superviseeId: string;
  date: string;
}

// The session's supervisee and day; undefined when there is none, or it is deleted (unless asked).
export function sessionRef(db: Db, id: string, opts: { deleted?: boolean } = {}): SessionRef | undefined {
  const s = supervisionSessions;
  return db
    .select({ superviseeId: s.superviseeId, date: s.date })
    .from(s)
    .where(opts.deleted ? eq(s.id, id) : and(eq(s.id, id), isNull(s.deletedAt)))
    .get();
}
