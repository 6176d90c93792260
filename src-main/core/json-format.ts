// The open JSON export format (documented in the README). Versioned: an importer accepts every
// version it knows and refuses newer ones with a clear message.
import { z } from 'zod';
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
export const EXPORT_VERSION = 1;

export const exportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  entities: z.strictObject({
    supervisees: z.array(
      importedSupervisee.refine((s) => !s.supervisionEnd || s.supervisionEnd >= s.supervisionStart, {
        message: 'The end date must be on or after the start date.',
        path: ['supervisionEnd'],
      }),
    ),
    settings: settingsValue.partial().optional(),
  }),
});
export type ExportDocument = z.infer<typeof exportDocument>;
export type Entities = ExportDocument['entities'];

export interface ImportProblem {
  location: string;
  message: string;
}

// `entities.supervisees[3].fullName` style locations, the way a person would look them up.
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(document)';
}
