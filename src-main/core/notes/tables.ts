// The notes feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { RISK_FLAGS } from '../../contract/enums';
import { supervisionSessions } from '../sessions/tables';
import { supervisees } from '../supervisees/tables';

// A case-consultation note: one de-identified client case as discussed in supervision. The case code
// groups a client's notes across sessions. risk_flags is a JSON array of RISK_FLAGS. Soft-deleted
// rows (deleted_at) support undo and are never listed.
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    // The session where the case was discussed, if it was logged.
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    date: text('date').notNull(),
    caseCode: text('case_code').notNull(),
    presentingConcern: text('presenting_concern').notNull().default(''),
    discussion: text('discussion').notNull().default(''),
    guidance: text('guidance').notNull().default(''),
    // The supervisee's own reactions to the case: the parallel process.
    reactions: text('reactions').notNull().default(''),
    plan: text('plan').notNull().default(''),
    // Why the note was kept although the guard found possible client identifiers in it.
    identifiersReason: text('identifiers_reason'),
    riskFlags: text('risk_flags', { mode: 'json' })
      .$type<(typeof RISK_FLAGS)[number][]>()
      .notNull()
      .default(sql`'[]'`),
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('case_notes_supervisee_date_idx').on(t.superviseeId, t.date),
    index('case_notes_case_idx').on(t.superviseeId, t.caseCode, t.date),
    index('case_notes_session_idx').on(t.sessionId),
  ],
);

// An action item agreed on a case: what, by when, and whether it is done.
export const noteActions = sqliteTable(
  'note_actions',
  {
    id: text('id').primaryKey(),
    noteId: text('note_id')
      .notNull()
      .references(() => caseNotes.id, { onDelete: 'cascade' }),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    due: text('due'),
    // When it was marked done (the moment) and the day it was done (set by the person, local calendar).
    doneAt: text('done_at'),
    doneOn: text('done_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('note_actions_note_idx').on(t.noteId), index('note_actions_open_idx').on(t.superviseeId, t.doneAt)],
);
