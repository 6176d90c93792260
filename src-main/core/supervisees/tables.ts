// The supervisees feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DISCIPLINES, SUPERVISEE_STATUSES } from '../../contract/enums';

export const supervisees = sqliteTable(
  'supervisees',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    discipline: text('discipline', { enum: DISCIPLINES }).notNull(),
    licenceTrack: text('licence_track').notNull().default(''),
    registrationNumber: text('registration_number').notNull().default(''),
    program: text('program').notNull().default(''),
    site: text('site').notNull().default(''),
    supervisionStart: text('supervision_start').notNull(),
    supervisionEnd: text('supervision_end'),
    status: text('status', { enum: SUPERVISEE_STATUSES }).notNull().default('active'),
    rulePack: text('rule_pack'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('supervisees_status_idx').on(t.status),
    index('supervisees_archived_idx').on(t.archivedAt),
    check('supervisees_status_ck', sql`${t.status} in ('active','paused','completed')`),
    check('supervisees_dates_ck', sql`${t.supervisionEnd} is null or ${t.supervisionEnd} >= ${t.supervisionStart}`),
  ],
);
