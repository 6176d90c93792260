// The open JSON export format (docs/json-format.md). Versioned: an importer accepts every version it
// knows and refuses newer ones with a clear message. Its lists are the features' (features.ts):
// each feature declares its records' schema, limit and order in its own transfer.ts.
import { z } from 'zod';
import { settingsValue, type Settings } from '../../contract/settings';
import { TRANSFER_LISTS, type ListName, type ListRecord } from '../features';
import type { TransferList } from './transfer-list';
export type { ImportProblem } from './transfer-list';

export const EXPORT_FORMAT = 'alliance-export';
// v1: supervisees, settings. v2: adds supervision sessions, client-contact hours, signed periods.
// v3: adds case notes and their action items. v4: adds supervision agreements (every version),
// goals and their reviews, the supervisor's own prompt sets, reflections (answers to prompts) and
// prompts prepared for a next meeting. v5: adds the supervisor's own competency frameworks (every
// version; built-in templates are not written, the app ships them), competency reviews with their
// ratings and evidence links, the constellation, alliance check-ins and feedback received. v6: the
// day each agreement version was agreed (agreedOn), each goal set (setOn), each reflection is about
// (reflectedOn) and each action item was done (doneOn), apart from when they were typed. v7: each
// session's attendance (held when left out), and the supervisor's own licences, supervision training
// and self-assessments. v8: retention decisions (a keep-until date extended with its reason, a legal
// hold).
export const EXPORT_VERSION = 8;

// The format a set of lists makes: the features' lists make the app's (FORMAT, below); a test makes
// one with a throwaway feature's list added, through the same code.
export function transferFormat(lists: readonly TransferList[]) {
  const byName = new Map(lists.map((l) => [l.list, l]));
  const first = lists[0]!;
  return {
    lists,
    // The lists an import reads a record at a time, in the order Alliance writes them.
    names: lists.map((l) => l.list),
    listOf: (name: string) => byName.get(name)!,
    // The most an import file may hold, checked before anything is parsed or validated
    // (docs/json-format.md). A career is 200 supervisees and 50,000 sessions; each list's limit
    // leaves room for a program.
    limits: {
      bytes: 512 * 1024 * 1024,
      ...Object.fromEntries(lists.map((l) => [l.list, l.limit])),
    } as Record<string, number> & { bytes: number },
    // The first list (supervisees, in every version) must be there; later ones came with later versions.
    document: z.strictObject({
      format: z.literal(EXPORT_FORMAT),
      version: z.union([
        z.literal(1),
        z.literal(2),
        z.literal(3),
        z.literal(4),
        z.literal(5),
        z.literal(6),
        z.literal(7),
        z.literal(8),
      ]),
      exportedAt: z.string(),
      auditHead: z.strictObject({ seq: z.number().int().nonnegative(), hash: z.string() }).optional(),
      entities: z.strictObject({
        [first.list]: z.array(first.record),
        settings: settingsValue.partial().optional(),
        ...Object.fromEntries(lists.slice(1).map((l) => [l.list, z.array(l.record).default([])])),
      }),
    }) as unknown as z.ZodType<ExportDocument>,
  };
}
export type TransferFormat = ReturnType<typeof transferFormat>;
export const FORMAT = transferFormat(TRANSFER_LISTS);

export const IMPORT_LISTS: readonly ListName[] = TRANSFER_LISTS.map((l) => l.list);
export type ImportList = ListName;
export const listOf = (name: ImportList) => FORMAT.listOf(name);
export const IMPORT_LIMITS = FORMAT.limits as Record<ImportList, number> & { bytes: number };

export const importRecord = Object.fromEntries(TRANSFER_LISTS.map((l) => [l.list, l.record])) as unknown as {
  [L in ImportList]: z.ZodType<ListRecord<L>>;
};

export type Entities = { [L in ImportList]: ListRecord<L>[] } & { settings?: Partial<Settings> };
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  exportedAt: string;
  // The vault's audit chain head when exported (informational; not imported).
  auditHead?: { seq: number; hash: string };
  entities: Entities;
}

export const exportDocument = FORMAT.document;
