// The vault's tables by name, for channels to say which they read: after a write, the renderer
// reads again exactly the cached answers whose tables the write touched (main reports them with
// the reply; docs/architecture.md). A test holds this list to the schema.
export const TABLES = [
  'supervisees',
  'settings',
  'audit_events',
  'supervision_sessions',
  'client_hours',
  'signed_periods',
  'hours_by_day',
  'case_notes',
  'note_actions',
  'note_drafts',
  'reflections',
  'prompt_sets',
  'prepared_prompts',
  'agreements',
  'goals',
  'goal_reviews',
  'frameworks',
  'competency_reviews',
  'ratings',
  'rating_evidence',
  'constellation_members',
  'alliance_checkins',
  'feedback_received',
  'reflection_drafts',
  'timeline_events',
  'search_rows',
] as const;

// Rows finer than a table, reported like one when a write changes them (db/touched-tables.ts), so
// a read that depends on a few rows of a busy table is not read again for every write to it: the
// weeks' hours (client hours logged without a session), and the sessions and hours dated inside a
// signed or reopened period (what a signature covers).
export const ROW_SETS = ['weekly_hours', 'signed_period_content'] as const;

export type TableName = (typeof TABLES)[number] | (typeof ROW_SETS)[number];
