// The reflections feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { goals } from '../agreements/tables';
import { supervisionSessions } from '../sessions/tables';
import { supervisees } from '../supervisees/tables';

// An answer to a reflective question, kept with the prompt's text as it was asked and the set's
// version (a later rewording never changes it), and its links.
export const reflections = sqliteTable(
  'reflections',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    caseCode: text('case_code'),
    // The agreement's goal it is about, if any.
    goalId: text('goal_id').references(() => goals.id, {
      onDelete: 'set null',
    }),
    setId: text('set_id').notNull(),
    setVersion: text('set_version').notNull(),
    promptId: text('prompt_id').notNull(),
    promptText: text('prompt_text').notNull(),
    answer: text('answer').notNull(),
    // Theme tags the supervisor gives an answer, as a JSON array of short words ("boundaries").
    themes: text('themes', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    // The day the reflection is about (settable, local calendar); created_at is when it was typed.
    reflectedOn: text('reflected_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('reflections_supervisee_idx').on(t.superviseeId, t.createdAt),
    index('reflections_supervisee_day_idx').on(t.superviseeId, t.reflectedOn),
    index('reflections_prompt_idx').on(t.superviseeId, t.setId, t.promptId, t.createdAt),
    // Deleting a session or a goal finds the answers that name it without reading them all.
    index('reflections_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
    index('reflections_goal_idx')
      .on(t.goalId)
      .where(sql`${t.goalId} is not null`),
  ],
);

// The supervisor's own prompt sets. Editing one makes a new version (the prompts are rewritten in
// place, the version goes up): answers already keep the text and version they were asked with.
// A retired set no longer offers itself for new answers; its answers stay.
export const promptSets = sqliteTable('prompt_sets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  model: text('model').notNull(),
  version: integer('version').notNull(),
  // JSON array of { id, text }; a prompt keeps its id across versions so its history stays one.
  prompts: text('prompts', { mode: 'json' }).$type<{ id: string; text: string }[]>().notNull(),
  retiredAt: text('retired_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

// Prompts chosen for a supervisee's next meeting. Waiting ones (no session yet) show in the
// quick-log form; logging that supervisee's next session takes them up (session_id is set), and
// the Reflect view offers them for that session.
export const preparedPrompts = sqliteTable(
  'prepared_prompts',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    setId: text('set_id').notNull(),
    setVersion: text('set_version').notNull(),
    promptId: text('prompt_id').notNull(),
    promptText: text('prompt_text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('prepared_prompts_supervisee_idx').on(t.superviseeId, t.sessionId),
    index('prepared_prompts_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
  ],
);
