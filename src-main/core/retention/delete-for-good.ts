// Deleting a supervisee's records for good once their keep-until date has come: refused under a legal
// hold or before the date, then purged (core/supervisees/purge.ts), recorded in the security log
// without any of their content, and answered with what still holds them: the backups made before.
import { localToday } from '../../contract/dates';
import { addDays } from '../../contract/dates';
import { AppError, invalid, issue } from '../../contract/errors';
import type { DeletionReport } from '../../contract/retention';
import { readKeyFile, vaultIdOf } from '../../db/key-file';
import type { Db } from '../../db/vault';
import { vaultPaths } from '../../db/vault-files';
import { appendAudit } from '../audit/audit-log';
import { listBackups } from '../backups/backup';
import { readSettings } from '../settings/settings';
import { getSupervisee } from '../supervisees/supervisees';
import { purgeSupervisee } from '../supervisees/purge';
import { retentionOf } from './retention';
import type { z } from 'zod';
import type { deleteForGood } from '../../contract/retention';

export function assertNoHold(db: Db, superviseeId: string): void {
  if (retentionOf(db, superviseeId).hold)
    throw new AppError('conflict', 'A legal hold stands on these records: lift it before deleting them.');
}

// The backups that still hold the records, and when the schedule will have pruned the last of them.
export function backupsHolding(db: Db, vaultDir: string, now = new Date()): DeletionReport {
  const s = readSettings(db);
  const older = s.backupFolder ? listBackups(s.backupFolder, vaultIdOf(readKeyFile(vaultPaths(vaultDir).keyFile))) : [];
  return {
    backupFolder: s.backupFolder,
    olderBackups: older.length,
    newestOlderBackup: older[0]?.createdAt ?? null,
    keep: s.backupKeep,
    intervalHours: s.backupIntervalHours,
    prunedAbout: older.length ? addDays(localToday(now), Math.ceil((s.backupKeep * s.backupIntervalHours) / 24)) : null,
  };
}

export function deleteRecordsForGood(
  db: Db,
  vaultDir: string,
  req: z.output<typeof deleteForGood>,
  now = new Date(),
): DeletionReport {
  const s = getSupervisee(db, req.superviseeId);
  const r = retentionOf(db, req.superviseeId, localToday(now));
  if (r.hold) throw new AppError('conflict', 'A legal hold stands on these records: lift it before deleting them.');
  if (r.state !== 'due')
    throw new AppError(
      'conflict',
      r.keepUntil
        ? `These records are kept until ${r.keepUntil}; they can be deleted for good from that day.`
        : 'Their supervision has no end date yet, so their records are still kept.',
    );
  if (req.confirmName !== s.fullName)
    throw invalid(issue('confirmName', "Type the supervisee's full name exactly to confirm."));
  // Read before the purge: the backups listed are the ones made while the records were here.
  const report = backupsHolding(db, vaultDir, now);
  purgeSupervisee(db, req.superviseeId);
  appendAudit(
    db,
    'records_deleted',
    { supervisee: req.superviseeId, reason: req.reason, by: req.deletedBy, keptUntil: r.keepUntil },
    now,
  );
  return report;
}
