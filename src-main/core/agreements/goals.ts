// The agreement's goals. A goal's wording and target date can be edited; its status changes only
// through a review (a date, the status then, a comment), and the reviews are its history.
import { goalReviewProblem } from '../../contract/record-rules';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { MAX_REVIEWS_PER_GOAL, type Goal, type GoalReviewInput } from '../../contract/agreements';
import { localToday } from '../../contract/dates';
import { AppError, invalid, issue } from '../../contract/errors';
import { goalReviews, goals } from './tables';
import { countWhere } from '../../db/count';
import type { Db } from '../../db/vault';
import { assertHappened } from '../shared/happened-on';
import { getSupervisee } from '../supervisees/supervisees';

type Row = typeof goals.$inferSelect;

function withReviews(db: Db, rows: Row[]): Goal[] {
  if (!rows.length) return [];
  const reviews = db
    .select()
    .from(goalReviews)
    .where(
      inArray(
        goalReviews.goalId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(goalReviews.reviewedOn), desc(goalReviews.createdAt))
    .all();
  const byGoal = new Map<string, typeof reviews>();
  for (const r of reviews) byGoal.set(r.goalId, [...(byGoal.get(r.goalId) ?? []), r]);
  return rows.map((r) => ({ ...r, reviews: byGoal.get(r.id) ?? [] }));
}

function getRow(db: Db, id: string): Row {
  const row = db.select().from(goals).where(eq(goals.id, id)).get();
  if (!row) throw new AppError('not_found', 'That goal was not found.');
  return row;
}

export const getGoal = (db: Db, id: string): Goal => withReviews(db, [getRow(db, id)])[0]!;

// Goals still being worked on first (by target date, none last), then met and set aside ones.
export function listGoals(db: Db, superviseeId: string): Goal[] {
  getSupervisee(db, superviseeId);
  const rows = db
    .select()
    .from(goals)
    .where(eq(goals.superviseeId, superviseeId))
    .orderBy(
      sql`${goals.status} in ('met', 'set_aside')`,
      sql`${goals.targetDate} is null`,
      asc(goals.targetDate),
      asc(goals.setOn),
      asc(goals.createdAt),
    )
    .all();
  return withReviews(db, rows);
}

export function createGoal(
  db: Db,
  input: { superviseeId: string; text: string; targetDate: string | null; setOn?: string | undefined },
  now = new Date(),
): Goal {
  getSupervisee(db, input.superviseeId);
  const { setOn = localToday(now), ...fields } = input;
  assertHappened('setOn', setOn, 'The day the goal was set', now);
  const ts = now.toISOString();
  const row: Row = { id: randomUUID(), ...fields, setOn, status: 'not_started', createdAt: ts, updatedAt: ts };
  db.insert(goals).values(row).run();
  return { ...row, reviews: [] };
}

export function updateGoal(
  db: Db,
  id: string,
  patch: { text: string; targetDate: string | null; setOn?: string | undefined },
  now = new Date(),
): Goal {
  const before = getRow(db, id);
  const { setOn = before.setOn, ...fields } = patch;
  assertHappened('setOn', setOn, 'The day the goal was set', now);
  const firstReview = db
    .select({ on: sql<string | null>`min(${goalReviews.reviewedOn})` })
    .from(goalReviews)
    .where(eq(goalReviews.goalId, id))
    .get()?.on;
  if (firstReview && setOn > firstReview)
    throw invalid(
      issue('setOn', 'The goal has a review dated before this day: it was set on or before its first review.'),
    );
  db.update(goals)
    .set({ ...fields, setOn, updatedAt: now.toISOString() })
    .where(eq(goals.id, id))
    .run();
  return getGoal(db, id);
}

// A review dated on or before today; the goal takes the status of its newest review.
export function reviewGoal(db: Db, input: GoalReviewInput, now = new Date()): Goal {
  const goal = getRow(db, input.id);
  if (input.reviewedOn > localToday(now))
    throw invalid(issue('reviewedOn', 'A review can’t be dated on a day that hasn’t happened yet.'));
  // Both are days of the local calendar, so an evening review of a goal set that morning is allowed.
  const early = goalReviewProblem(input.reviewedOn, goal.setOn);
  if (early) throw invalid(issue(early.field, early.message));
  const reviews = countWhere(db, goalReviews, eq(goalReviews.goalId, goal.id));
  if (reviews >= MAX_REVIEWS_PER_GOAL)
    throw new AppError('conflict', `This goal has ${MAX_REVIEWS_PER_GOAL} reviews, the most one goal keeps.`);
  const ts = now.toISOString();
  db.transaction((tx) => {
    tx.insert(goalReviews)
      .values({
        id: randomUUID(),
        goalId: goal.id,
        superviseeId: goal.superviseeId,
        reviewedOn: input.reviewedOn,
        status: input.status,
        comment: input.comment,
        createdAt: ts,
      })
      .run();
    const newest = tx
      .select({ status: goalReviews.status })
      .from(goalReviews)
      .where(and(eq(goalReviews.goalId, goal.id)))
      .orderBy(desc(goalReviews.reviewedOn), desc(goalReviews.createdAt))
      .limit(1)
      .get()!;
    tx.update(goals).set({ status: newest.status, updatedAt: ts }).where(eq(goals.id, goal.id)).run();
  });
  return getGoal(db, goal.id);
}
