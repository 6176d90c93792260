// How long a supervisee's records are kept (docs/domain.md, "Retention"): until the end of
// supervision plus the longest period that applies (the rule pack's, the supervisor's own setting),
// later if the supervisor extends it with a reason, and not at all while a legal hold stands. When
// the date comes the app offers an archive to hand over, an extension, or deletion for good.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, text } from './common';

// This week lists what comes due within this many days.
export const RETENTION_AHEAD_DAYS = 90;
export const DEFAULT_RETENTION_YEARS = 7;

export const RETENTION_STATES = ['ongoing', 'kept', 'due_soon', 'due', 'held'] as const;
export type RetentionState = (typeof RETENTION_STATES)[number];

export const retentionStatus = z.strictObject({
  superviseeId: id,
  name: z.string(),
  supervisionEnd: z.string().nullable(),
  // The rule pack's period, the supervisor's setting, and the longer of the two, in years.
  packYears: z.number().nullable(),
  ownYears: z.number(),
  years: z.number(),
  // The end of supervision plus `years`; null while supervision has no end date.
  ruleUntil: z.string().nullable(),
  extendedUntil: z.string().nullable(),
  extensionReason: z.string(),
  keepUntil: z.string().nullable(),
  hold: z.strictObject({ since: z.string(), reason: z.string() }).nullable(),
  state: z.enum(RETENTION_STATES),
});
export type RetentionStatus = z.infer<typeof retentionStatus>;

const reason = text(500).min(1, 'Say why, in a few words.');
export const DELETE_REASONS = ['retention_ended', 'handed_over', 'requested'] as const;
export const DELETE_REASON_LABELS: Record<(typeof DELETE_REASONS)[number], string> = {
  retention_ended: 'The retention period has ended',
  handed_over: 'Their copy was handed over and mine is no longer needed',
  requested: 'The supervisee asked for deletion',
};

export const deleteForGood = z.strictObject({
  superviseeId: id,
  confirmName: z.string().max(200),
  reason: z.enum(DELETE_REASONS),
  // Who deleted them, for the security log (never what was deleted).
  deletedBy: text(120).min(1, 'Type your name: the security log records who deleted the records.'),
});

// What still holds the deleted records: backups made before, and when they will be pruned.
export const deletionReport = z.strictObject({
  backupFolder: z.string().nullable(),
  olderBackups: z.number().int().nonnegative(),
  newestOlderBackup: z.string().nullable(),
  // The newest `keep` backups are kept: after that many more, the last older one is pruned.
  keep: z.number().int(),
  intervalHours: z.number().int(),
  prunedAbout: z.string().nullable(),
});
export type DeletionReport = z.infer<typeof deletionReport>;

const READS = ['supervisees', 'record_retention', 'settings'] as const;
export const retentionChannels = {
  'retention.get': { reads: READS, input: z.strictObject({ superviseeId: id }), output: retentionStatus },
  'retention.extend': {
    input: z.strictObject({ superviseeId: id, until: isoDate, reason }),
    output: retentionStatus,
  },
  'retention.hold': { input: z.strictObject({ superviseeId: id, reason }), output: retentionStatus },
  'retention.release': { input: z.strictObject({ superviseeId: id }), output: retentionStatus },
  // Removes every record of theirs, rebuilds search without them, overwrites the freed pages.
  'retention.deleteForGood': { input: deleteForGood, output: deletionReport },
} satisfies ChannelTable;

export const retentionExamples = (ids: ExampleIds): ExamplesFor<typeof retentionChannels> => ({
  'retention.get': { superviseeId: ids.supervisee },
  'retention.extend': { superviseeId: ids.supervisee, until: '2040-01-01', reason: 'Board audit pending' },
  'retention.hold': { superviseeId: ids.supervisee, reason: 'Records requested' },
  'retention.release': { superviseeId: ids.supervisee },
  'retention.deleteForGood': {
    superviseeId: ids.supervisee,
    confirmName: 'not the name',
    reason: 'retention_ended',
    deletedBy: 'A. Supervisor',
  },
});
