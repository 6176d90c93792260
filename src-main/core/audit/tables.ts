// The audit feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_KINDS } from '../../contract/enums';

// Append-only security log (triggers in a custom migration refuse UPDATE and DELETE). Each row's
// hash covers the previous row's hash, so an edited or missing row breaks the chain.
export const auditEvents = sqliteTable('audit_events', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  kind: text('kind', { enum: AUDIT_KINDS }).notNull(),
  detail: text('detail').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
