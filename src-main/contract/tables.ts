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
export type TableName = (typeof TABLES)[number];

// Every table of records and what is derived from them: for an overview that draws on all of them.
// Not the security log, drafts not yet saved, or the search index's row numbers.
export const EVERY_RECORD: readonly TableName[] = TABLES.filter(
  (t) => !['audit_events', 'note_drafts', 'reflection_drafts', 'search_rows'].includes(t),
);
