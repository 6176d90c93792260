// The open JSON export format (documented in the README). Versioned: an importer accepts every
// version it knows and refuses newer ones with a clear message.
import { z } from 'zod';
import { DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../contract/enums';
import { id, isoDate, settingsValue, supervisee as superviseeSchema, superviseeInput } from '../contract/schemas';

// Imported records are checked as strictly as records typed into the app.
const isoTimestamp = z.iso.datetime({ message: 'Use an ISO timestamp like 2026-03-14T09:30:00.000Z.' });
const importedSupervisee = superviseeSchema.extend({
  id,
  fullName: superviseeInput.shape.fullName,
  supervisionStart: isoDate,
  supervisionEnd: isoDate.nullable(),
  archivedAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const EXPORT_FORMAT = 'alliance-export';
// v1: supervisees, settings. v2: adds supervision sessions, client-contact hours, signed periods.
export const EXPORT_VERSION = 2;

const importedSession = z
  .strictObject({
    id,
    superviseeId: id,
    date: isoDate,
    startTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.')
      .nullable(),
    durationMinutes: z.number().int().min(1).max(720),
    format: z.enum(SESSION_FORMATS),
    groupSize: z.number().int().nullable(),
    modality: z.enum(SESSION_MODALITIES),
    observation: z.enum(OBSERVATIONS),
    site: z.string().max(200),
    casesDiscussed: z.string().max(1000),
    topics: z.string().max(2000),
    summary: z.string().max(8000),
    followUps: z.string().max(4000),
    deletedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .refine((x) => (x.format === 'group' ? (x.groupSize ?? 0) >= 3 : x.groupSize === null), {
    message: 'Group sessions need a group size of 3 or more; others none.',
    path: ['groupSize'],
  });

const importedHours = z
  .strictObject({
    id,
    superviseeId: id,
    sessionId: id.nullable(),
    periodStart: isoDate,
    periodEnd: isoDate,
    kind: z.enum(['direct', 'indirect']),
    activity: z.enum(DIRECT_ACTIVITIES).nullable(),
    hours: z.number().positive().max(100),
    createdAt: isoTimestamp,
  })
  .refine((h) => h.periodEnd >= h.periodStart, { message: 'The period ends before it starts.', path: ['periodEnd'] })
  .refine((h) => (h.kind === 'direct') === (h.activity !== null), {
    message: 'Direct hours need an activity; indirect hours have none.',
    path: ['activity'],
  });

const importedPeriod = z
  .strictObject({
    id,
    superviseeId: id,
    periodStart: isoDate,
    periodEnd: isoDate,
    supervisorName: z.string().min(1).max(200),
    supervisorLicence: z.string().min(1).max(100),
    signedOn: isoDate,
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 hash.'),
    reopenedAt: isoTimestamp.nullable(),
    reopenReason: z.string().max(1000).nullable(),
    createdAt: isoTimestamp,
  })
  .refine((p) => p.periodEnd >= p.periodStart, { message: 'The period ends before it starts.', path: ['periodEnd'] });

export const exportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string(),
  entities: z.strictObject({
    supervisees: z.array(
      importedSupervisee.refine((s) => !s.supervisionEnd || s.supervisionEnd >= s.supervisionStart, {
        message: 'The end date must be on or after the start date.',
        path: ['supervisionEnd'],
      }),
    ),
    settings: settingsValue.partial().optional(),
    sessions: z.array(importedSession).default([]),
    clientHours: z.array(importedHours).default([]),
    signedPeriods: z.array(importedPeriod).default([]),
  }),
});
export type ExportDocument = z.infer<typeof exportDocument>;
export type Entities = ExportDocument['entities'];

export interface ImportProblem {
  location: string;
  message: string;
}
