// A supervisee's log between two days as a board reads it (the sessions not deleted, held or not,
// their client hours, and the weeks' hours, without edit timestamps), in a fixed order: a signed
// period's hash covers exactly this (core/signing/signing.ts).
import { and, asc, eq, getTableName, gte, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import { clientHours, supervisionSessions } from './tables';

// Each table of the log and the column that dates its rows in it.
export const LOGGED_DAYS = [
  { table: getTableName(supervisionSessions), day: 'date' },
  { table: getTableName(clientHours), day: 'period_end' },
] as const;

export function loggedBetween(db: Db, superviseeId: string, from: string, to: string) {
  const sessions = db
    .select()
    .from(supervisionSessions)
    .where(
      and(
        eq(supervisionSessions.superviseeId, superviseeId),
        isNull(supervisionSessions.deletedAt),
        gte(supervisionSessions.date, from),
        lte(supervisionSessions.date, to),
      ),
    )
    .orderBy(asc(supervisionSessions.date), asc(supervisionSessions.id))
    .all()
    // A held session hashes as it did before attendance was recorded, so older signatures still match.
    .map(({ createdAt: _c, updatedAt: _u, deletedAt: _d, attendance, ...s }) =>
      attendance === 'held' ? s : { ...s, attendance },
    );
  const live = new Set(sessions.map((s) => s.id));
  const hours = db
    .select()
    .from(clientHours)
    .where(
      and(eq(clientHours.superviseeId, superviseeId), gte(clientHours.periodEnd, from), lte(clientHours.periodEnd, to)),
    )
    .orderBy(asc(clientHours.periodEnd), asc(clientHours.id))
    .all()
    .filter((h) => h.sessionId === null || live.has(h.sessionId))
    .map(({ createdAt: _c, ...h }) => h);
  return { sessions, clientHours: hours };
}
