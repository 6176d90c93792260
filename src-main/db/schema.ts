// The vault's tables. drizzle-kit generates the migrations in drizzle/ from this file; never edit a
// generated migration, add a new one.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  AUDIT_KINDS,
  CONSTELLATION_ROLES,
  DIRECT_ACTIVITIES,
  DISCIPLINES,
  ENDING_STEPS,
  FEEDBACK_SOURCES,
  GOAL_STATUSES,
  MEETING_FREQUENCIES,
  OBSERVATIONS,
  RESPONDENTS,
  REVIEW_STATUSES,
  RISK_FLAGS,
  SESSION_FORMATS,
  SESSION_MODALITIES,
  SUPERVISEE_STATUSES,
} from '../contract/enums';
import type { NoteDraftValues, ReflectionDraftValues } from '../contract/drafts';

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

// One supervision meeting. Soft-deleted rows (deleted_at) support undo and are never counted.
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

// Running totals per supervisee per day, kept by triggers (migration 0007) as sessions and client
// hours are written, so summaries and rollups read a few hundred small rows instead of every session
// and hour entry. Derived data: never written by the app, never exported, rebuilt by the migration.
// Only counted rows contribute (sessions not soft-deleted, hours of such sessions or of a week).
// A day whose counts both reach zero is removed.
const minutes = (name: string) => integer(name).notNull().default(0);
const hours = (name: string) => real(name).notNull().default(0);
export const hoursByDay = sqliteTable(
  'hours_by_day',
  {
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    sessions: integer('sessions').notNull().default(0),
    hourEntries: integer('hour_entries').notNull().default(0),
    individualMinutes: minutes('individual_minutes'),
    triadicMinutes: minutes('triadic_minutes'),
    groupMinutes: minutes('group_minutes'),
    inPersonMinutes: minutes('in_person_minutes'),
    videoMinutes: minutes('video_minutes'),
    phoneMinutes: minutes('phone_minutes'),
    unobservedMinutes: minutes('unobserved_minutes'),
    liveObservedMinutes: minutes('live_observed_minutes'),
    videoObservedMinutes: minutes('video_observed_minutes'),
    audioObservedMinutes: minutes('audio_observed_minutes'),
    directIndividualHours: hours('direct_individual_hours'),
    directGroupHours: hours('direct_group_hours'),
    directFamilyHours: hours('direct_family_hours'),
    directCouplesHours: hours('direct_couples_hours'),
    directAssessmentHours: hours('direct_assessment_hours'),
    directIntakeHours: hours('direct_intake_hours'),
    directCrisisHours: hours('direct_crisis_hours'),
    directCareerHours: hours('direct_career_hours'),
    directOtherHours: hours('direct_other_hours'),
    indirectHours: hours('indirect_hours'),
  },
  (t) => [primaryKey({ columns: [t.superviseeId, t.day] })],
);

// A case-consultation note: one de-identified client case as discussed in supervision. The case code
// groups a client's notes across sessions. risk_flags is a JSON array of RISK_FLAGS. Soft-deleted
// rows (deleted_at) support undo and are never listed.
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    // The session where the case was discussed, if it was logged.
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    date: text('date').notNull(),
    caseCode: text('case_code').notNull(),
    presentingConcern: text('presenting_concern').notNull().default(''),
    discussion: text('discussion').notNull().default(''),
    guidance: text('guidance').notNull().default(''),
    // The supervisee's own reactions to the case: the parallel process.
    reactions: text('reactions').notNull().default(''),
    plan: text('plan').notNull().default(''),
    // Why the note was kept although the guard found possible client identifiers in it.
    identifiersReason: text('identifiers_reason'),
    riskFlags: text('risk_flags', { mode: 'json' })
      .$type<(typeof RISK_FLAGS)[number][]>()
      .notNull()
      .default(sql`'[]'`),
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('case_notes_supervisee_date_idx').on(t.superviseeId, t.date),
    index('case_notes_case_idx').on(t.superviseeId, t.caseCode, t.date),
    index('case_notes_session_idx').on(t.sessionId),
  ],
);

// An action item agreed on a case: what, by when, and whether it is done.
export const noteActions = sqliteTable(
  'note_actions',
  {
    id: text('id').primaryKey(),
    noteId: text('note_id')
      .notNull()
      .references(() => caseNotes.id, { onDelete: 'cascade' }),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    due: text('due'),
    // When it was marked done (the moment) and the day it was done (set by the person, local calendar).
    doneAt: text('done_at'),
    doneOn: text('done_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('note_actions_note_idx').on(t.noteId), index('note_actions_open_idx').on(t.superviseeId, t.doneAt)],
);

// What a note form held while being typed: kept inside the vault so an auto-lock, a crash or a
// click elsewhere loses nothing. One per new note of a supervisee and one per note being edited
// (key: "<supervisee id>:new" or "<supervisee id>:<note id>"). Not exported: a draft is not a record.
export const noteDrafts = sqliteTable(
  'note_drafts',
  {
    key: text('key').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    noteId: text('note_id').references(() => caseNotes.id, {
      onDelete: 'cascade',
    }),
    values: text('values', { mode: 'json' }).$type<NoteDraftValues>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('note_drafts_supervisee_idx').on(t.superviseeId),
    index('note_drafts_note_idx')
      .on(t.noteId)
      .where(sql`${t.noteId} is not null`),
  ],
);

// An answer to a reflective question, kept with the prompt's text as it was asked and the set's
// version (a later rewording never changes it), and its links.
export const reflections = sqliteTable(
  'reflections',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    caseCode: text('case_code'),
    // The agreement's goal it is about, if any.
    goalId: text('goal_id').references(() => goals.id, {
      onDelete: 'set null',
    }),
    setId: text('set_id').notNull(),
    setVersion: text('set_version').notNull(),
    promptId: text('prompt_id').notNull(),
    promptText: text('prompt_text').notNull(),
    answer: text('answer').notNull(),
    // Theme tags the supervisor gives an answer, as a JSON array of short words ("boundaries").
    themes: text('themes', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    // The day the reflection is about (settable, local calendar); created_at is when it was typed.
    reflectedOn: text('reflected_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('reflections_supervisee_idx').on(t.superviseeId, t.createdAt),
    index('reflections_supervisee_day_idx').on(t.superviseeId, t.reflectedOn),
    index('reflections_prompt_idx').on(t.superviseeId, t.setId, t.promptId, t.createdAt),
    // Deleting a session or a goal finds the answers that name it without reading them all.
    index('reflections_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
    index('reflections_goal_idx')
      .on(t.goalId)
      .where(sql`${t.goalId} is not null`),
  ],
);

// The supervisor's own prompt sets. Editing one makes a new version (the prompts are rewritten in
// place, the version goes up): answers already keep the text and version they were asked with.
// A retired set no longer offers itself for new answers; its answers stay.
export const promptSets = sqliteTable('prompt_sets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  model: text('model').notNull(),
  version: integer('version').notNull(),
  // JSON array of { id, text }; a prompt keeps its id across versions so its history stays one.
  prompts: text('prompts', { mode: 'json' }).$type<{ id: string; text: string }[]>().notNull(),
  retiredAt: text('retired_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

// Prompts chosen for a supervisee's next meeting. Waiting ones (no session yet) show in the
// quick-log form; logging that supervisee's next session takes them up (session_id is set), and
// the Reflect view offers them for that session.
export const preparedPrompts = sqliteTable(
  'prepared_prompts',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    setId: text('set_id').notNull(),
    setVersion: text('set_version').notNull(),
    promptId: text('prompt_id').notNull(),
    promptText: text('prompt_text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('prepared_prompts_supervisee_idx').on(t.superviseeId, t.sessionId),
    index('prepared_prompts_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
  ],
);

// The supervision agreement, one row per version: an amendment adds a row and keeps the earlier
// ones as they were, with the reason it changed.
export const agreements = sqliteTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    frequency: text('frequency', { enum: MEETING_FREQUENCIES }).notNull(),
    format: text('format').notNull().default(''),
    feedback: text('feedback').notNull().default(''),
    evaluationDates: text('evaluation_dates', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    endsOn: text('ends_on'),
    endingSteps: text('ending_steps', { mode: 'json' })
      .$type<(typeof ENDING_STEPS)[number][]>()
      .notNull()
      .default(sql`'[]'`),
    endingPlan: text('ending_plan').notNull().default(''),
    reason: text('reason'),
    // The day this version was agreed (settable, local calendar); created_at is when it was typed.
    agreedOn: text('agreed_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('agreements_version_idx').on(t.superviseeId, t.version)],
);

// A goal of the agreement. Its status is its newest review's; the reviews are its history.
export const goals = sqliteTable(
  'goals',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    targetDate: text('target_date'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('not_started'),
    // The day the goal was agreed (settable, local calendar); reviews are compared with it.
    setOn: text('set_on').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('goals_supervisee_idx').on(t.superviseeId, t.createdAt)],
);

export const goalReviews = sqliteTable(
  'goal_reviews',
  {
    id: text('id').primaryKey(),
    goalId: text('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    reviewedOn: text('reviewed_on').notNull(),
    status: text('status', { enum: GOAL_STATUSES }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('goal_reviews_goal_idx').on(t.goalId, t.reviewedOn),
    index('goal_reviews_supervisee_idx').on(t.superviseeId),
  ],
);

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

// Who else holds this supervisee: other supervisors and mentors, their role and what they cover.
export const constellationMembers = sqliteTable(
  'constellation_members',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: CONSTELLATION_ROLES }).notNull(),
    covers: text('covers').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('constellation_supervisee_idx').on(t.superviseeId)],
);

// A two-minute alliance check-in after a session: goals, tasks and bond on 0-10, and a comment.
export const allianceCheckins = sqliteTable(
  'alliance_checkins',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').references(() => supervisionSessions.id, {
      onDelete: 'set null',
    }),
    checkedOn: text('checked_on').notNull(),
    respondent: text('respondent', { enum: RESPONDENTS }).notNull(),
    goals: integer('goals').notNull(),
    tasks: integer('tasks').notNull(),
    bond: integer('bond').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('alliance_checkins_supervisee_idx').on(t.superviseeId, t.checkedOn),
    index('alliance_checkins_session_idx')
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
  ],
);

// What the supervisee or others told the supervisor about the supervision, and what was changed.
export const feedbackReceived = sqliteTable(
  'feedback_received',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    receivedOn: text('received_on').notNull(),
    source: text('source', { enum: FEEDBACK_SOURCES }).notNull(),
    feedback: text('feedback').notNull(),
    changed: text('changed').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('feedback_received_supervisee_idx').on(t.superviseeId, t.receivedOn)],
);

// What a Reflect form held while being answered, one per supervisee and prompt set (key:
// "<supervisee id>:<set id>"), kept like a note's draft and removed once the answers are kept. Not
// exported: a draft is not a record.
export const reflectionDrafts = sqliteTable(
  'reflection_drafts',
  {
    key: text('key').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    setId: text('set_id').notNull(),
    values: text('values', { mode: 'json' }).$type<ReflectionDraftValues>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('reflection_drafts_supervisee_idx').on(t.superviseeId)],
);

// One row per thing that happened, for the timeline: a session, a note, an action item created, due
// or done, a reflection, a finalised review, a goal set or reviewed, an agreement version, a
// check-in, feedback, a period signed or reopened. Derived data like hours_by_day: the view
// timeline_source (generated from the features' declarations, core/derived) says how each
// feature's rows become events, triggers keep this table equal to it inside the writing
// transaction, and it is never exported. `at` is the day; the
// stream is ordered by (at, kind, id), which is also the keyset cursor.
export const timelineEvents = sqliteTable(
  'timeline_events',
  {
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    // A short line to show and to filter by: a case code, a topic, a prompt, a goal.
    label: text('label').notNull(),
    // A note's risk flags (JSON array) or '' when the event has none.
    flags: text('flags').notNull(),
    // Small facts for the row as JSON (minutes and format, scores, a status).
    detail: text('detail').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.kind] }),
    index('timeline_supervisee_idx').on(t.superviseeId, t.at, t.kind, t.id),
    index('timeline_all_idx').on(t.at, t.kind, t.id),
  ],
);

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
