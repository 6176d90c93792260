// Supervision sessions and the client-contact hours logged with them. Deleting marks the session
// deleted (so "undo" can restore it); deleted sessions and their hours are never counted.
import { assertNotFinalEvidence } from '../frameworks/evidence';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import type { HoursEntry, NewSession, Session, SessionFilter, SessionPatch } from '../../contract/sessions';
import { clientHours, supervisionSessions } from './tables';
import type { Db } from '../../db/vault';
import { localToday } from '../../contract/dates';
import { heldSql } from '../../contract/enums';
import { takeUpPrepared } from '../reflections/prepared';
import { assertUnsigned } from '../signing/signing';
import { getSupervisee } from '../supervisees/supervisees';

type Row = typeof supervisionSessions.$inferSelect;

function checkNotFuture(date: string, now: Date, field = 'date'): void {
  if (date > localToday(now))
    throw invalid(issue(field, "A session can't be logged for a day that hasn't happened yet."));
}

function withHours(db: Db, rows: Row[]): Session[] {
  if (!rows.length) return [];
  const hours = db
    .select()
    .from(clientHours)
    .where(
      inArray(
        clientHours.sessionId,
        rows.map((r) => r.id),
      ),
    )
    .all();
  return rows.map(({ deletedAt: _deleted, ...r }) => ({
    ...r,
    hours: hours
      .filter((h) => h.sessionId === r.id)
      .map((h) => ({ kind: h.kind, activity: h.activity, hours: h.hours })),
  }));
}

function getRow(db: Db, id: string, deleted: boolean): Row {
  const row = db
    .select()
    .from(supervisionSessions)
    .where(
      and(
        eq(supervisionSessions.id, id),
        deleted ? isNotNull(supervisionSessions.deletedAt) : isNull(supervisionSessions.deletedAt),
      ),
    )
    .get();
  if (!row) throw new AppError('not_found', 'That session was not found.');
  return row;
}

export function insertHours(
  db: Db,
  superviseeId: string,
  sessionId: string | null,
  from: string,
  to: string,
  entries: HoursEntry[],
  now: string,
): void {
  for (const e of entries) {
    db.insert(clientHours)
      .values({
        id: randomUUID(),
        superviseeId,
        sessionId,
        periodStart: from,
        periodEnd: to,
        kind: e.kind,
        activity: e.kind === 'direct' ? e.activity : null,
        hours: e.hours,
        createdAt: now,
      })
      .run();
  }
}

export function listSessions(db: Db, q: SessionFilter): Session[] {
  const where: SQL[] = [eq(supervisionSessions.superviseeId, q.superviseeId), isNull(supervisionSessions.deletedAt)];
  if (q.from) where.push(gte(supervisionSessions.date, q.from));
  if (q.to) where.push(lte(supervisionSessions.date, q.to));
  const rows = db
    .select()
    .from(supervisionSessions)
    .where(and(...where))
    .orderBy(desc(supervisionSessions.date), desc(supervisionSessions.createdAt))
    .limit(q.limit)
    .all();
  return withHours(db, rows);
}

export function lastSession(db: Db, superviseeId: string): Session | null {
  return listSessions(db, { superviseeId, limit: 1 })[0] ?? null;
}

// Writes a session and its hours; returns its id. A session brought in from an earlier record
// (core/history) is written with this alone, checked by the caller against the same rules: unlike a
// new session (createSession) it takes up none of the prompts prepared for the next meeting.
export function writeSession(db: Db, input: NewSession, ts: string): string {
  const { hours, ...fields } = input;
  const id = randomUUID();
  db.insert(supervisionSessions)
    .values({
      id,
      ...fields,
      groupSize: fields.format === 'group' ? fields.groupSize : null,
      createdAt: ts,
      updatedAt: ts,
    })
    .run();
  insertHours(db, input.superviseeId, id, input.date, input.date, hours, ts);
  return id;
}

// One live session with its hours, as the forms read it.
export function getSession(db: Db, id: string): Session {
  return withHours(db, [getRow(db, id, false)])[0]!;
}

export function createSession(db: Db, input: NewSession, now = new Date()): Session {
  getSupervisee(db, input.superviseeId);
  checkNotFuture(input.date, now);
  assertUnsigned(db, input.superviseeId, input.date);
  const id = db.transaction((tx) => {
    const written = writeSession(tx, input, now.toISOString());
    takeUpPrepared(tx, input.superviseeId, written, input.date);
    return written;
  });
  return withHours(db, [getRow(db, id, false)])[0]!;
}

export function updateSession(db: Db, id: string, patch: SessionPatch, now = new Date()): Session {
  const current = getRow(db, id, false);
  checkNotFuture(patch.date, now, 'patch.date');
  assertUnsigned(db, current.superviseeId, current.date);
  assertUnsigned(db, current.superviseeId, patch.date);
  const ts = now.toISOString();
  const { hours, ...fields } = patch;
  db.transaction((tx) => {
    tx.update(supervisionSessions)
      .set({ ...fields, updatedAt: ts })
      .where(eq(supervisionSessions.id, id))
      .run();
    tx.delete(clientHours).where(eq(clientHours.sessionId, id)).run();
    insertHours(tx, current.superviseeId, id, patch.date, patch.date, hours, ts);
  });
  return withHours(db, [getRow(db, id, false)])[0]!;
}

export function setSessionDeleted(db: Db, id: string, deleted: boolean, now = new Date()): Session {
  const row = getRow(db, id, !deleted);
  assertUnsigned(db, row.superviseeId, row.date);
  if (deleted) assertNotFinalEvidence(db, { sessionId: id });
  db.update(supervisionSessions)
    .set({ deletedAt: deleted ? now.toISOString() : null })
    .where(eq(supervisionSessions.id, id))
    .run();
  return withHours(db, [getRow(db, id, deleted)])[0]!;
}

// Each supervisee's last held session on or before a day (This week's "next session due"): a
// cancelled or missed session does not keep the agreed frequency.
export function lastSessionDays(db: Db, upTo: string): Map<string, string> {
  const rows = db.all<{ supervisee_id: string; last: string }>(
    sql`select supervisee_id, max(date) as last from supervision_sessions s
        where ${sql.raw(heldSql('s'))} and date <= ${upTo} group by supervisee_id`,
  );
  return new Map(rows.map((r) => [r.supervisee_id, r.last]));
}
