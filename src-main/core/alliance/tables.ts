// The alliance feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CONSTELLATION_ROLES, FEEDBACK_SOURCES, RESPONDENTS } from '../../contract/enums';
import { supervisionSessions } from '../sessions/tables';
import { supervisees } from '../supervisees/tables';

// Who else holds this supervisee: other supervisors and mentors, their role and what they cover.
export const constellationMembers = sqliteTable(
  'constellation_members',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: CONSTELLATION_ROLES }).notNull(),
    covers: text('covers').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('constellation_supervisee_idx').on(t.superviseeId)],
);

// A two-minute alliance check-in after a session: goals, tasks and bond on 0-10, and a comment.
export const allianceCheckins = sqliteTable(
  'alliance_checkins',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    checkedOn: text('checked_on').notNull(),
    respondent: text('respondent', { enum: RESPONDENTS }).notNull(),
    goals: integer('goals').notNull(),
    tasks: integer('tasks').notNull(),
    bond: integer('bond').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('alliance_checkins_supervisee_idx').on(t.superviseeId, t.checkedOn),
    index('alliance_checkins_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
  ],
);

// What the supervisee or others told the supervisor about the supervision, and what was changed.
export const feedbackReceived = sqliteTable(
  'feedback_received',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    receivedOn: text('received_on').notNull(),
    source: text('source', { enum: FEEDBACK_SOURCES }).notNull(),
    feedback: text('feedback').notNull(),
    changed: text('changed').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('feedback_received_supervisee_idx').on(t.superviseeId, t.receivedOn)],
);
