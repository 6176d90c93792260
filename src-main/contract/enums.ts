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
  'review_finalised',
  'review_reopened',
  'retention_extended',
  'legal_hold_set',
  'legal_hold_lifted',
  'records_deleted',
  'quick_unlock_on',
  'quick_unlock_off',
  'exchange_identity_created',
  'peer_paired',
  'packet_sent',
  'packet_received',
  'packet_refused',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

// Supervision sessions (docs/domain.md). Triadic = 1 supervisor + 2 supervisees; group needs a headcount.
export const SESSION_FORMATS = ['individual', 'triadic', 'group'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];
export const SESSION_MODALITIES = ['in_person', 'video', 'phone'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];
export const OBSERVATIONS = ['none', 'live', 'video', 'audio'] as const;
export type Observation = (typeof OBSERVATIONS)[number];

// Whether a planned session took place (docs/domain.md): only held time counts toward hours, and
// only held sessions keep the agreed frequency.
export const ATTENDANCE = ['held', 'partial', 'cancelled_notice', 'cancelled_late', 'no_show'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const HELD: readonly Attendance[] = ['held', 'partial'];
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  held: 'Held',
  partial: 'Partly held',
  cancelled_notice: 'Cancelled with notice',
  cancelled_late: 'Cancelled late',
  no_show: 'No-show',
};
// The SQL condition for "this session counts" on a session row aliased `s` (constants only).
export const heldSql = (s: string) =>
  `${s}.deleted_at IS NULL AND ${s}.attendance IN (${HELD.map((a) => `'${a}'`).join(', ')})`;

export const FORMAT_LABELS: Record<SessionFormat, string> = {
  individual: 'Individual',
  triadic: 'Triadic',
  group: 'Group',
};
export const MODALITY_LABELS: Record<SessionModality, string> = {
  in_person: 'In person',
  video: 'Live video',
  phone: 'Phone',
};
export const OBSERVATION_LABELS: Record<Observation, string> = {
  none: 'None',
  live: 'Live',
  video: 'Video recording',
  audio: 'Audio recording',
};

// The supervisee's client-contact hours: direct by activity type, and indirect.
export const DIRECT_ACTIVITIES = [
  'individual',
  'group',
  'family',
  'couples',
  'assessment',
  'intake',
  'crisis',
  'career',
  'other',
] as const;
export type DirectActivity = (typeof DIRECT_ACTIVITIES)[number];
export const DIRECT_ACTIVITY_LABELS: Record<DirectActivity, string> = {
  individual: 'Individual therapy',
  group: 'Group therapy',
  family: 'Family therapy',
  couples: 'Couples therapy',
  assessment: 'Assessment',
  intake: 'Intake',
  crisis: 'Crisis',
  career: 'Career counseling',
  other: 'Other direct',
};

// Risk and ethics flags a case note can carry (docs/domain.md). Shown wherever the note is listed.
export const RISK_FLAGS = ['suicide_risk', 'harm_to_others', 'safeguarding', 'boundary', 'legal', 'other'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];
export const RISK_FLAG_LABELS: Record<RiskFlag, string> = {
  suicide_risk: 'Suicide or self-harm risk',
  harm_to_others: 'Risk to others',
  safeguarding: 'Safeguarding or mandated report',
  boundary: 'Boundary or dual relationship',
  legal: 'Legal or records request',
  other: 'Other risk or ethics concern',
};

// What the de-identification guard looks for in a case note (the HIPAA Safe Harbor kinds that turn
// up in free text).
export const IDENTIFIER_KINDS = ['name', 'date', 'phone', 'email', 'address', 'id', 'url'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  name: 'a person’s name',
  date: 'a date tied to a person',
  phone: 'a phone or fax number',
  email: 'an e-mail address',
  address: 'a street address',
  id: 'a record, account or ID number',
  url: 'a web address',
};

// The supervision agreement: how often supervision meets, what a goal's state is, and what happens
// when formal supervision ends (docs/domain.md, the agreement).
export const MEETING_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'as_needed'] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];
export const MEETING_FREQUENCY_LABELS: Record<MeetingFrequency, string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  as_needed: 'As needed',
};
export const GOAL_STATUSES = ['not_started', 'in_progress', 'met', 'set_aside'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  met: 'Met',
  set_aside: 'Set aside',
};
export const ENDING_STEPS = ['final_evaluation', 'final_hours', 'closing_reflection'] as const;
export type EndingStep = (typeof ENDING_STEPS)[number];
export const ENDING_STEP_LABELS: Record<EndingStep, string> = {
  final_evaluation: 'A final evaluation',
  final_hours: 'A final verification of hours',
  closing_reflection: 'A closing reflection together',
};

// Competency reviews (docs/domain.md, frameworks and milestone ratings). A draft can be changed; a final
// review is locked by the SHA-256 of its content until reopened with a reason.
export const REVIEW_STATUSES = ['draft', 'final'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
// What a rating's evidence can point at: picked from the supervisee's records, never typed.
export const EVIDENCE_KINDS = ['session', 'note', 'reflection'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  session: 'Session',
  note: 'Case note',
  reflection: 'Reflection',
};

// The supervisee's constellation: who else holds this person (docs/domain.md, mentoring both ways).
export const CONSTELLATION_ROLES = [
  'site_supervisor',
  'faculty',
  'peer_mentor',
  'near_peer_mentor',
  'sponsor',
  'coach',
  'other',
] as const;
export type ConstellationRole = (typeof CONSTELLATION_ROLES)[number];
export const CONSTELLATION_ROLE_LABELS: Record<ConstellationRole, string> = {
  site_supervisor: 'Site supervisor',
  faculty: 'Faculty',
  peer_mentor: 'Peer mentor',
  near_peer_mentor: 'Near-peer mentor',
  sponsor: 'Sponsor',
  coach: 'Coach',
  other: 'Other',
};

// An alliance check-in is the supervisor's view or the supervisee's own answer.
export const RESPONDENTS = ['supervisor', 'supervisee'] as const;
export type Respondent = (typeof RESPONDENTS)[number];
export const RESPONDENT_LABELS: Record<Respondent, string> = {
  supervisor: 'Supervisor’s view',
  supervisee: 'Supervisee’s answer',
};
// The three parts of the working alliance (Bordin), each a 0-10 slider in our own words.
export const ALLIANCE_PARTS = ['goals', 'tasks', 'bond'] as const;
export type AlliancePart = (typeof ALLIANCE_PARTS)[number];
export const ALLIANCE_PART_LABELS: Record<AlliancePart, string> = {
  goals: 'We agree on what we are working toward',
  tasks: 'We agree on how we use our time together',
  bond: 'We trust and respect each other',
};

// Who gave the supervisor feedback about the supervision.
export const FEEDBACK_SOURCES = ['supervisee', 'program', 'colleague', 'other'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  supervisee: 'The supervisee',
  program: 'The training program',
  colleague: 'A colleague',
  other: 'Someone else',
};
