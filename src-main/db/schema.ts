// The vault's tables. drizzle-kit generates the migrations in drizzle/ from this file; never edit a
// generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_KINDS, DISCIPLINES, SUPERVISEE_STATUSES } from '../contract/enums';

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
    check(
      'supervisees_dates_ck',
      sql`${t.supervisionEnd} is null or ${t.supervisionEnd} >= ${t.supervisionStart}`,
    ),
  ],
);

// Small per-vault preferences (auto-lock minutes, theme). Values are JSON text.
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

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
