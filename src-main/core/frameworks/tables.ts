// The frameworks feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { REVIEW_STATUSES } from '../../contract/enums';
import { caseNotes } from '../notes/tables';
import { reflections } from '../reflections/tables';
import { supervisionSessions } from '../sessions/tables';
import { supervisees } from '../supervisees/tables';

// A competency framework, one row per version. A version is never changed once written: editing
// makes the next version, and ratings keep the version they were made against. Built-in templates
// are written here the first time a review uses them (fixed ids), so every rating has its row.
export const frameworks = sqliteTable(
  'frameworks',
  {
    id: text('id').primaryKey(),
    // The same across a framework's versions.
    family: text('family').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
    scaleMin: integer('scale_min').notNull(),
    scaleMax: integer('scale_max').notNull(),
    halfLevels: integer('half_levels', { mode: 'boolean' }).notNull().default(false),
    // The level a supervisee is expected to reach (ACGME: 4 for graduation), if the framework says.
    targetLevel: real('target_level'),
    levelLabels: text('level_labels', { mode: 'json' })
      .$type<{ level: number; label: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    competencies: text('competencies', { mode: 'json' })
      .$type<{ code: string; name: string; group: string }[]>()
      .notNull(),
    retiredAt: text('retired_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('frameworks_version_idx').on(t.family, t.version)],
);

// A dated review point for one supervisee against one framework version.
export const competencyReviews = sqliteTable(
  'competency_reviews',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id),
    reviewedOn: text('reviewed_on').notNull(),
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('draft'),
    // In the supervisor's words, for the growth report.
    strengths: text('strengths').notNull().default(''),
    limitations: text('limitations').notNull().default(''),
    contentSha256: text('content_sha256'),
    finalisedAt: text('finalised_at'),
    // The latest reopening; each one is also in the audit trail (without the reason's text).
    reopenedAt: text('reopened_at'),
    reopenReason: text('reopen_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('competency_reviews_supervisee_idx').on(t.superviseeId, t.reviewedOn),
    index('competency_reviews_framework_idx').on(t.frameworkId),
  ],
);

// One competency's level in one review (null: not rated this time), with a comment.
export const ratings = sqliteTable(
  'ratings',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => competencyReviews.id, { onDelete: 'cascade' }),
    // Kept here too so a supervisee's growth series reads one index.
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    competencyCode: text('competency_code').notNull(),
    level: real('level'),
    comment: text('comment').notNull().default(''),
  },
  (t) => [
    uniqueIndex('ratings_review_idx').on(t.reviewId, t.competencyCode),
    // Covers a supervisee's growth series: their levels are read from the index alone.
    index('ratings_series_idx').on(t.superviseeId, t.reviewId, t.competencyCode, t.level),
  ],
);

// The records behind a rating: exactly one of session, note or reflection.
export const ratingEvidence = sqliteTable(
  'rating_evidence',
  {
    id: text('id').primaryKey(),
    ratingId: text('rating_id')
      .notNull()
      .references(() => ratings.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'cascade',
    }),
    noteId: text('note_id').references(() => caseNotes.id, {
      onDelete: 'cascade',
    }),
    reflectionId: text('reflection_id').references(() => reflections.id, {
      onDelete: 'cascade',
    }),
  },
  (t) => [
    index('rating_evidence_rating_idx').on(t.ratingId),
    // So deleting a session, note or reflection finds its evidence links without reading them all.
    index('rating_evidence_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
    index('rating_evidence_note_idx')
      .on(t.noteId)
      .where(sql`${t.noteId} is not null`),
    index('rating_evidence_reflection_idx')
      .on(t.reflectionId)
      .where(sql`${t.reflectionId} is not null`),
    check(
      'rating_evidence_one_record',
      sql`(${t.sessionId} is not null) + (${t.noteId} is not null) + (${t.reflectionId} is not null) = 1`,
    ),
  ],
);
