// The supervisor's own records: their licences, the supervision training boards ask of supervisors,
// and their self-assessments. db/schema.ts gathers every feature's tables for drizzle-kit.
import { sql } from 'drizzle-orm';
import { check, index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const supervisorLicences = sqliteTable('supervisor_licences', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  number: text('number').notNull().default(''),
  jurisdiction: text('jurisdiction').notNull().default(''),
  // The renewal period the training per renewal is counted in: from the last renewal to expiry.
  renewedOn: text('renewed_on'),
  expiresOn: text('expires_on'),
  trainingBeforeHours: real('training_before_hours').notNull().default(0),
  trainingPerRenewalHours: real('training_per_renewal_hours').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const supervisorTraining = sqliteTable(
  'supervisor_training',
  {
    id: text('id').primaryKey(),
    happenedOn: text('happened_on').notNull(),
    hours: real('hours').notNull(),
    title: text('title').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('supervisor_training_day_idx').on(t.happenedOn),
    check('supervisor_training_hours_ck', sql`${t.hours} > 0 and ${t.hours} <= 100`),
  ],
);

export const supervisorSelfAssessments = sqliteTable('supervisor_self_assessments', {
  id: text('id').primaryKey(),
  doneOn: text('done_on').notNull(),
  nextDueOn: text('next_due_on'),
  createdAt: text('created_at').notNull(),
});
