// Which table each list of the JSON export is, in one place: the export (whole and streamed), the
// bulk load and the checked import all read it, so a new list is added here once.
import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  agreements,
  allianceCheckins,
  caseNotes,
  clientHours,
  competencyReviews,
  constellationMembers,
  feedbackReceived,
  frameworks,
  goalReviews,
  goals,
  noteActions,
  preparedPrompts,
  promptSets,
  ratingEvidence,
  ratings,
  reflections,
  signedPeriods,
  supervisees,
  supervisionSessions,
} from '../../db/schema';
import type { ImportList } from './json-format';

export const LIST_TABLES = {
  supervisees,
  sessions: supervisionSessions,
  clientHours,
  signedPeriods,
  caseNotes,
  noteActions,
  agreements,
  goals,
  goalReviews,
  promptSets,
  reflections,
  preparedPrompts,
  frameworks,
  competencyReviews,
  ratings,
  ratingEvidence,
  constellationMembers,
  allianceCheckins,
  feedbackReceived,
} satisfies Record<ImportList, SQLiteTable>;

// The lists written in id order (the primary key is the paging index), after supervisees, sessions,
// hours and signed periods, which have orders of their own. `only` leaves rows out: built-in
// framework templates ship with the app.
export const BY_ID_LISTS: { list: ImportList; only?: SQL }[] = [
  { list: 'caseNotes' },
  { list: 'noteActions' },
  { list: 'agreements' },
  { list: 'goals' },
  { list: 'goalReviews' },
  { list: 'promptSets' },
  { list: 'reflections' },
  { list: 'preparedPrompts' },
  { list: 'frameworks', only: eq(frameworks.builtIn, false) },
  { list: 'competencyReviews' },
  { list: 'ratings' },
  { list: 'ratingEvidence' },
  { list: 'constellationMembers' },
  { list: 'allianceCheckins' },
  { list: 'feedbackReceived' },
];
