// Closed vocabularies shared by the schema, the contract and the renderer. Values are stored as-is,
// so renaming one is a data migration, not a refactor.
export const DISCIPLINES = [
  'psychiatry_resident',
  'psychology_trainee',
  'counseling_associate',
  'social_work_associate',
  'mft_associate',
  'other',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  psychiatry_resident: 'Psychiatry resident',
  psychology_trainee: 'Psychology trainee',
  counseling_associate: 'Counseling associate',
  social_work_associate: 'Social work associate',
  mft_associate: 'MFT associate',
  other: 'Other',
};

export const SUPERVISEE_STATUSES = ['active', 'paused', 'completed'] as const;
export type SuperviseeStatus = (typeof SUPERVISEE_STATUSES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

// Security events only: never clinical text. Stored in the audit trail, hash-chained.
export const AUDIT_KINDS = [
  'vault_created',
  'unlocked',
  'unlock_failed',
  'locked',
  'passphrase_changed',
  'recovered',
  'exported',
  'imported',
  'backed_up',
  'restored',
  'period_signed',
  'period_reopened',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
