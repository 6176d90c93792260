// The audit trail: a hash-chained list of what happened (never clinical text).
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { none, savedFile } from './common';
import { AUDIT_KINDS } from './enums';

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
  problem: z.enum(['gap', 'edited', 'broken_link', 'unprotected', 'truncated']).nullable(),
  // The newest event: compare it with the head recorded in any earlier export, backup or PDF log.
  head: z.strictObject({ seq: z.number().int().nonnegative(), hash: z.string() }),
});
export const auditQuery = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  beforeSeq: z.number().int().positive().optional(),
});

export const auditChannels = {
  'audit.list': {
    input: auditQuery,
    output: z.strictObject({ events: z.array(auditEvent), total: z.number().int().nonnegative() }),
    reads: ['audit_events'],
  },
  'audit.verify': { input: none, output: auditVerification, reads: ['audit_events'] },
  // Opens a save dialog; path is null when the user cancels.
  'audit.export': { input: none, output: savedFile },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const auditExamples = (_ids: ExampleIds): ExamplesFor<typeof auditChannels> => ({
  'audit.list': { limit: 20 },
  'audit.verify': {},
  'audit.export': {},
});
