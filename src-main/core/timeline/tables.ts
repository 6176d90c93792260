// The timeline feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { supervisees } from '../supervisees/tables';

// One row per thing that happened, for the timeline: a session, a note, an action item created, due
// or done, a reflection, a finalised review, a goal set or reviewed, an agreement version, a
// check-in, feedback, a period signed or reopened. Derived data like hours_by_day: the view
// timeline_source (generated from the features' declarations, core/derived) says how each
// feature's rows become events, triggers keep this table equal to it inside the writing
// transaction, and it is never exported. `at` is the day; the
// stream is ordered by (at, kind, id), which is also the keyset cursor.
export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    // A short line to show and to filter by: a case code, a topic, a prompt, a goal.
    label: text('label').notNull(),
    // A note's risk flags (JSON array) or '' when the event has none.
    flags: text('flags').notNull(),
    // Small facts for the row as JSON (minutes and format, scores, a status).
    detail: text('detail').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.kind] }),
    index('timeline_supervisee_idx').on(t.superviseeId, t.at, t.kind, t.id),
    index('timeline_all_idx').on(t.at, t.kind, t.id),
  ],
);
