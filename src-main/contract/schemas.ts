// zod schemas for every value that crosses the boundary. Strict objects: unknown keys are errors,
// so a typo in the renderer fails loudly instead of being silently dropped.
import { z } from 'zod';
import {
  AUDIT_KINDS,
  DIRECT_ACTIVITIES,
  DISCIPLINES,
  OBSERVATIONS,
  SESSION_FORMATS,
  SESSION_MODALITIES,
  SUPERVISEE_STATUSES,
  THEMES,
} from './enums';

export const MIN_PASSPHRASE_LENGTH = 12;
const MAX_TEXT = 200;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'That date does not exist.');

export const id = z.string().uuid('Not a valid id.');
const text = (max = MAX_TEXT) => z.string().trim().max(max, `Keep this under ${max} characters.`);
export const passphrase = z.string().max(1024, 'Keep the passphrase under 1024 characters.');
export const newPassphrase = passphrase.refine(
  (p) => [...p].length >= MIN_PASSPHRASE_LENGTH,
  `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`,
);

export const vaultState = z.enum(['none', 'locked', 'unlocked']);
export const vaultStatus = z.strictObject({
  state: vaultState,
  // How long until the next unlock attempt is answered, after repeated failures.
  retryDelayMs: z.number().int().nonnegative(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

const superviseeFields = {
  fullName: text().min(1, 'Enter a name.'),
  discipline: z.enum(DISCIPLINES),
  licenceTrack: text().default(''),
  registrationNumber: text(100).default(''),
  program: text().default(''),
  site: text().default(''),
  supervisionStart: isoDate,
  supervisionEnd: isoDate.nullable().default(null),
  status: z.enum(SUPERVISEE_STATUSES).default('active'),
  rulePack: text(100).nullable().default(null),
};

function endAfterStart(v: { supervisionStart?: string; supervisionEnd?: string | null }): boolean {
  return !v.supervisionEnd || !v.supervisionStart || v.supervisionEnd >= v.supervisionStart;
}
const endMessage = { message: 'The end date must be on or after the start date.', path: ['supervisionEnd'] };

export const superviseeInput = z.strictObject(superviseeFields).refine(endAfterStart, endMessage);
export type SuperviseeInput = z.input<typeof superviseeInput>;

export const superviseePatch = z
  .strictObject({
    fullName: superviseeFields.fullName.optional(),
    discipline: superviseeFields.discipline.optional(),
    licenceTrack: text().optional(),
    registrationNumber: text(100).optional(),
    program: text().optional(),
    site: text().optional(),
    supervisionStart: isoDate.optional(),
    supervisionEnd: isoDate.nullable().optional(),
    status: z.enum(SUPERVISEE_STATUSES).optional(),
    rulePack: text(100).nullable().optional(),
  })
  .refine(endAfterStart, endMessage);

export const supervisee = z.strictObject({
  id,
  fullName: z.string(),
  discipline: z.enum(DISCIPLINES),
  licenceTrack: z.string(),
  registrationNumber: z.string(),
  program: z.string(),
  site: z.string(),
  supervisionStart: z.string(),
  supervisionEnd: z.string().nullable(),
  status: z.enum(SUPERVISEE_STATUSES),
  rulePack: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Supervisee = z.infer<typeof supervisee>;

export const superviseeQuery = z.strictObject({
  search: z.string().max(MAX_TEXT).default(''),
  status: z.enum([...SUPERVISEE_STATUSES, 'any']).default('any'),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
});
export type SuperviseeQuery = z.input<typeof superviseeQuery>;

export const settingsValue = z.strictObject({
  autoLockMinutes: z
    .number({ error: 'Enter a number of minutes.' })
    .int('Whole minutes, please.')
    .min(1, 'At least 1 minute.')
    .max(240, 'At most 240 minutes.'),
  theme: z.enum(THEMES),
  // Chosen only through the native folder dialog (backup.chooseFolder), never typed by the page.
  backupFolder: z.string().max(4096).nullable(),
  backupIntervalHours: z
    .number({ error: 'Enter a number of hours.' })
    .int('Whole hours, please.')
    .min(1, 'At least every hour.')
    .max(168, 'At least once a week.'),
  backupKeep: z
    .number({ error: 'Enter how many backups to keep.' })
    .int('A whole number, please.')
    .min(1, 'Keep at least one backup.')
    .max(100, 'Keep at most 100 backups.'),
});
export type Settings = z.infer<typeof settingsValue>;
export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 10,
  theme: 'system',
  backupFolder: null,
  backupIntervalHours: 24,
  backupKeep: 10,
};
export const settingsPatch = settingsValue.omit({ backupFolder: true }).partial().strict();

export const backupInfo = z.strictObject({
  name: z.string(),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export const backupStatus = z.strictObject({
  folder: z.string().nullable(),
  intervalHours: z.number().int(),
  keep: z.number().int(),
  backups: z.array(backupInfo),
  lastError: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const auditEvent = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string(),
  kind: z.enum(AUDIT_KINDS),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  hash: z.string(),
});
export type AuditEventView = z.infer<typeof auditEvent>;
export const auditVerification = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.enum(['gap', 'edited', 'broken_link']).nullable(),
});
export const savedFile = z.strictObject({ path: z.string().nullable() });

// ---- Supervision sessions and client-contact hours ----
export const hoursEntry = z
  .strictObject({
    kind: z.enum(['direct', 'indirect']),
    activity: z.enum(DIRECT_ACTIVITIES).nullable().default(null),
    hours: z
      .number({ error: 'Enter the hours, like 1.5.' })
      .positive('Hours must be more than 0.')
      .max(100, 'More than 100 hours in one entry: check the number.'),
  })
  .refine((e) => (e.kind === 'direct') === (e.activity !== null), {
    message: 'Direct hours need an activity; indirect hours have none.',
    path: ['activity'],
  });
export type HoursEntry = z.infer<typeof hoursEntry>;

const sessionFields = {
  date: isoDate,
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.')
    .nullable()
    .default(null),
  durationMinutes: z
    .number({ error: 'Enter the length in minutes, like 60.' })
    .int('Whole minutes, please.')
    .min(1, 'At least 1 minute.')
    .max(720, 'More than 12 hours: check the duration.'),
  format: z.enum(SESSION_FORMATS),
  groupSize: z
    .number({ error: 'Enter how many supervisees were in the group.' })
    .int('Whole people, please.')
    .nullable()
    .default(null),
  modality: z.enum(SESSION_MODALITIES),
  observation: z.enum(OBSERVATIONS).default('none'),
  site: text().default(''),
  casesDiscussed: text(1000).default(''),
  topics: text(2000).default(''),
  summary: text(8000).default(''),
  followUps: text(4000).default(''),
  hours: z.array(hoursEntry).max(30).default([]),
};

function groupRule(v: { format?: string; groupSize?: number | null }, ctx: z.RefinementCtx): void {
  if (v.format === 'group' && (v.groupSize ?? 0) < 3) {
    ctx.addIssue({
      code: 'custom',
      path: ['groupSize'],
      message: 'A group has at least 3 supervisees; use triadic for 2.',
    });
  }
  if (v.format !== undefined && v.format !== 'group' && v.groupSize !== null && v.groupSize !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['groupSize'], message: 'Only group sessions have a group size.' });
  }
}

export const sessionInput = z.strictObject({ superviseeId: id, ...sessionFields }).superRefine(groupRule);
export type SessionInput = z.input<typeof sessionInput>;
export const sessionPatch = z.strictObject(sessionFields).superRefine(groupRule);

export const session = z.strictObject({
  id,
  superviseeId: id,
  date: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  format: z.enum(SESSION_FORMATS),
  groupSize: z.number().int().nullable(),
  modality: z.enum(SESSION_MODALITIES),
  observation: z.enum(OBSERVATIONS),
  site: z.string(),
  casesDiscussed: z.string(),
  topics: z.string(),
  summary: z.string(),
  followUps: z.string(),
  hours: z.array(
    z.strictObject({
      kind: z.enum(['direct', 'indirect']),
      activity: z.enum(DIRECT_ACTIVITIES).nullable(),
      hours: z.number(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof session>;

export const hoursRange = z
  .strictObject({
    range: z.enum(['week', 'month', 'year', 'all', 'custom']).default('all'),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((r) => r.range !== 'custom' || (r.from && r.to && r.from <= r.to), {
    message: 'A custom range needs a start on or before its end.',
    path: ['from'],
  });

const byKey = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);
export const hoursSummary = z.strictObject({
  from: z.string().nullable(),
  to: z.string().nullable(),
  sessions: z.number().int(),
  supervisionHours: z.number(),
  byFormat: byKey(SESSION_FORMATS),
  byModality: byKey(SESSION_MODALITIES),
  byObservation: byKey(OBSERVATIONS),
  directHours: z.number(),
  indirectHours: z.number(),
  byActivity: byKey(DIRECT_ACTIVITIES),
  weeks: z.array(
    z.strictObject({
      weekStart: z.string(),
      sessions: z.number().int(),
      supervisionHours: z.number(),
      individualTriadicHours: z.number(),
      groupHours: z.number(),
      directHours: z.number(),
      indirectHours: z.number(),
    }),
  ),
});
export type HoursSummary = z.infer<typeof hoursSummary>;

export const signedPeriod = z.strictObject({
  id,
  superviseeId: id,
  periodStart: z.string(),
  periodEnd: z.string(),
  supervisorName: z.string(),
  supervisorLicence: z.string(),
  signedOn: z.string(),
  contentSha256: z.string(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(['signed', 'reopened']),
  // False only if the vault's records no longer hash to what was signed (edited outside Alliance).
  intact: z.boolean(),
});
export type SignedPeriod = z.infer<typeof signedPeriod>;
