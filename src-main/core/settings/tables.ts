// The settings feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Small per-vault preferences (auto-lock minutes, theme). Values are JSON text.
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
