// The hours feature's tables. db/schema.ts gathers every feature's tables for drizzle-kit, which
// generates the migrations in drizzle/ from them; never edit a generated migration, add a new one.
import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { supervisees } from '../supervisees/tables';

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
