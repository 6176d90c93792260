// The signing feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { supervisees } from '../supervisees/tables';

// A supervisor's signature on a supervisee's log for a period. While signed, nothing dated inside
// the period may change; reopening keeps the row (and its hash) and records why.
export const signedPeriods = sqliteTable(
  'signed_periods',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    supervisorName: text('supervisor_name').notNull(),
    supervisorLicence: text('supervisor_licence').notNull(),
    signedOn: text('signed_on').notNull(),
    contentSha256: text('content_sha256').notNull(),
    reopenedAt: text('reopened_at'),
    reopenReason: text('reopen_reason'),
    // Who reopened it: not always the supervisor who signed.
    reopenedBy: text('reopened_by'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('signed_periods_supervisee_idx').on(t.superviseeId, t.periodStart),
    check('signed_periods_range_ck', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);
