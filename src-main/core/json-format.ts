// The open JSON export format (documented in the README). Versioned: an importer accepts every
// version it knows and refuses newer ones with a clear message.
import { z } from 'zod';
import { supervisee as superviseeSchema, settingsValue } from '../contract/schemas';

export const EXPORT_FORMAT = 'alliance-export';
export const EXPORT_VERSION = 1;

export const exportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  entities: z.strictObject({
    supervisees: z.array(
      superviseeSchema.refine((s) => !s.supervisionEnd || s.supervisionEnd >= s.supervisionStart, {
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
