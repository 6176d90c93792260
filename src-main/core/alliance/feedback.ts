// Feedback the supervisor received about the supervision (mentoring runs both ways), with what they
// changed because of it.
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { FeedbackItem } from '../../contract/alliance';
import { localToday } from '../../contract/dates';
import type { FeedbackSource } from '../../contract/enums';
import { AppError, invalid, issue } from '../../contract/errors';
import { feedbackReceived } from './tables';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

type Fields = { receivedOn: string; source: FeedbackSource; feedback: string; changed: string };

function assertDate(f: Fields, now: Date) {
  if (f.receivedOn > localToday(now))
    throw invalid(issue('receivedOn', 'Feedback can’t be dated on a day that hasn’t happened yet.'));
}

export function listFeedback(db: Db, superviseeId: string): FeedbackItem[] {
  getSupervisee(db, superviseeId);
  return db
    .select()
    .from(feedbackReceived)
    .where(eq(feedbackReceived.superviseeId, superviseeId))
    .orderBy(desc(feedbackReceived.receivedOn), desc(feedbackReceived.createdAt))
    .all();
}

export function createFeedback(db: Db, input: Fields & { superviseeId: string }, now = new Date()): FeedbackItem {
  getSupervisee(db, input.superviseeId);
  assertDate(input, now);
  const ts = now.toISOString();
  const row = { id: randomUUID(), ...input, createdAt: ts, updatedAt: ts };
  db.insert(feedbackReceived).values(row).run();
  return row;
}

export function updateFeedback(db: Db, id: string, fields: Fields, now = new Date()): FeedbackItem {
  assertDate(fields, now);
  const done = db
    .update(feedbackReceived)
    .set({ ...fields, updatedAt: now.toISOString() })
    .where(eq(feedbackReceived.id, id))
    .run();
  if (!done.changes) throw new AppError('not_found', 'That feedback was not found.');
  return db.select().from(feedbackReceived).where(eq(feedbackReceived.id, id)).get()!;
}

export function deleteFeedback(db: Db, id: string): void {
  const gone = db.delete(feedbackReceived).where(eq(feedbackReceived.id, id)).run();
  if (!gone.changes) throw new AppError('not_found', 'That feedback was not found.');
}
