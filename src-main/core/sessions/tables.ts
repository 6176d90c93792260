// The sessions feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { RESOLUTIONS } from '../../contract/exchange';
import { ATTENDANCE, DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../../contract/enums';
import { supervisees } from '../supervisees/tables';

// One supervision meeting. Soft-deleted rows (deleted_at) support undo and are never counted; nor are
// sessions cancelled or missed (attendance).
export const supervisionSessions = sqliteTable(
  'supervision_sessions',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes').notNull(),
    format: text('format', { enum: SESSION_FORMATS }).notNull(),
    groupSize: integer('group_size'),
    modality: text('modality', { enum: SESSION_MODALITIES }).notNull(),
    observation: text('observation', { enum: OBSERVATIONS }).notNull().default('none'),
    // Held or partly held count; for a partly held session the duration is the time held.
    attendance: text('attendance', { enum: ATTENDANCE }).notNull().default('held'),
    site: text('site').notNull().default(''),
    casesDiscussed: text('cases_discussed').notNull().default(''),
    topics: text('topics').notNull().default(''),
    summary: text('summary').notNull().default(''),
    followUps: text('follow_ups').notNull().default(''),
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('sessions_supervisee_date_idx').on(t.superviseeId, t.date),
    index('sessions_date_idx').on(t.date),
    check('sessions_duration_ck', sql`${t.durationMinutes} between 1 and 720`),
    check(
      'sessions_group_ck',
      sql`(${t.format} = 'group' and ${t.groupSize} >= 3) or (${t.format} != 'group' and ${t.groupSize} is null)`,
    ),
  ],
);

// Client-contact hours the supervisee reports, per session or per week: direct (by activity) or
// indirect. period_start..period_end is the stretch of days the hours cover.
export const clientHours = sqliteTable(
  'client_hours',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'cascade',
    }),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    kind: text('kind', { enum: ['direct', 'indirect'] }).notNull(),
    activity: text('activity', { enum: DIRECT_ACTIVITIES }),
    hours: real('hours').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('client_hours_supervisee_period_idx').on(t.superviseeId, t.periodStart),
    // Summaries and rollups select by the day hours are counted on (period_end).
    index('client_hours_supervisee_end_idx').on(t.superviseeId, t.periodEnd),
    index('client_hours_end_idx').on(t.periodEnd),
    index('client_hours_session_idx').on(t.sessionId),
    check('client_hours_hours_ck', sql`${t.hours} > 0 and ${t.hours} <= 100`),
    check('client_hours_period_ck', sql`${t.periodEnd} >= ${t.periodStart}`),
    check(
      'client_hours_activity_ck',
      sql`(${t.kind} = 'direct' and ${t.activity} is not null) or (${t.kind} = 'indirect' and ${t.activity} is null)`,
    ),
  ],
);

// How the supervisor settled one line of a period where the supervisee's exchanged log and their own
// differ (core/sessions/reconcile.ts): accepted (theirs was written into this log), kept (this log
// stands) or queried (a question went back). The values it was decided on are kept, so a line that
// changes afterwards is open again.
export const hoursResolutions = sqliteTable(
  'hours_resolutions',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    lineKey: text('line_key').notNull(),
    action: text('action', { enum: RESOLUTIONS }).notNull(),
    note: text('note').notNull().default(''),
    mine: text('mine'),
    theirs: text('theirs'),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('hours_resolutions_line_idx').on(t.superviseeId, t.lineKey)],
);
