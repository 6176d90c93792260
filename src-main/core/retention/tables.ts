// The retention feature's table: what the supervisor decided about keeping one supervisee's records
// beyond the rule (an extension with its reason) or a legal hold that stops the clock. The date
// itself is worked out from the supervision's end, the rule pack and Settings (retention.ts).
import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { supervisees } from '../supervisees/tables';

export const recordRetention = sqliteTable(
  'record_retention',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    extendedUntil: text('extended_until'),
    extensionReason: text('extension_reason').notNull().default(''),
    holdSince: text('hold_since'),
    holdReason: text('hold_reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('record_retention_supervisee_idx').on(t.superviseeId)],
);
