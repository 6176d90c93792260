// The drafts feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { NoteDraftValues, ReflectionDraftValues } from '../../contract/drafts';
import { caseNotes } from '../notes/tables';
import { supervisees } from '../supervisees/tables';

// What a note form held while being typed: kept inside the vault so an auto-lock, a crash or a
// click elsewhere loses nothing. One per new note of a supervisee and one per note being edited
// (key: "<supervisee id>:new" or "<supervisee id>:<note id>"). Not exported: a draft is not a record.
export const noteDrafts = sqliteTable(
  'note_drafts',
  {
    key: text('key').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    noteId: text('note_id').references(() => caseNotes.id, {
      onDelete: 'cascade',
    }),
    values: text('values', { mode: 'json' }).$type<NoteDraftValues>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('note_drafts_supervisee_idx').on(t.superviseeId),
    index('note_drafts_note_idx')
      .on(t.noteId)
      .where(sql`${t.noteId} is not null`),
  ],
);

// What a Reflect form held while being answered, one per supervisee and prompt set (key:
// "<supervisee id>:<set id>"), kept like a note's draft and removed once the answers are kept. Not
// exported: a draft is not a record.
export const reflectionDrafts = sqliteTable(
  'reflection_drafts',
  {
    key: text('key').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    setId: text('set_id').notNull(),
    values: text('values', { mode: 'json' }).$type<ReflectionDraftValues>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('reflection_drafts_supervisee_idx').on(t.superviseeId)],
);
