// The agreements feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ENDING_STEPS, GOAL_STATUSES, MEETING_FREQUENCIES } from '../../contract/enums';
import { supervisees } from '../supervisees/tables';

// The supervision agreement, one row per version: an amendment adds a row and keeps the earlier
// ones as they were, with the reason it changed.
export const agreements = sqliteTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    frequency: text('frequency', { enum: MEETING_FREQUENCIES }).notNull(),
    format: text('format').notNull().default(''),
    feedback: text('feedback').notNull().default(''),
    evaluationDates: text('evaluation_dates', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    endsOn: text('ends_on'),
    endingSteps: text('ending_steps', { mode: 'json' })
      .$type<(typeof ENDING_STEPS)[number][]>()
      .notNull()
      .default(sql`'[]'`),
    endingPlan: text('ending_plan').notNull().default(''),
    reason: text('reason'),
    // The day this version was agreed (settable, local calendar); created_at is when it was typed.
    agreedOn: text('agreed_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('agreements_version_idx').on(t.superviseeId, t.version)],
);

// A goal of the agreement. Its status is its newest review's; the reviews are its history.
export const goals = sqliteTable(
  'goals',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    targetDate: text('target_date'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('not_started'),
    // The day the goal was agreed (settable, local calendar); reviews are compared with it.
    setOn: text('set_on').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('goals_supervisee_idx').on(t.superviseeId, t.createdAt)],
);

export const goalReviews = sqliteTable(
  'goal_reviews',
  {
    id: text('id').primaryKey(),
    goalId: text('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    reviewedOn: text('reviewed_on').notNull(),
    status: text('status', { enum: GOAL_STATUSES }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('goal_reviews_goal_idx').on(t.goalId, t.reviewedOn),
    index('goal_reviews_supervisee_idx').on(t.superviseeId),
  ],
);
