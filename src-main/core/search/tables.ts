// The search feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// The search index's row of each indexed record (search_index is an FTS5 table, made by hand in the
// migrations: drizzle-kit cannot describe virtual tables). Its id is the index row's rowid: given
// when the record is first indexed, so it grows as records are written, and kept while a
// soft-deleted record is out of the index so it comes back where it was. Kept by the generated
// triggers (core/search/search-sql.ts); never exported.
export const searchRows = sqliteTable(
  'search_rows',
  {
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    recordId: text('record_id').notNull(),
  },
  (t) => [uniqueIndex('search_rows_record_idx').on(t.recordId, t.kind)],
);
