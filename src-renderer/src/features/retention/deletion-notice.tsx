// What a deletion for good leaves behind, said on the supervisees list the deletion returns to: the
// page it started from is gone with the supervisee. Kept in memory only, until dismissed.
import { useState } from 'react';
import type { DeletionReport } from '../../../../src-main/contract/retention';
import { dateText } from '../../app/format';

let last: { name: string; report: DeletionReport } | null = null;

export function rememberDeletion(name: string, report: DeletionReport): void {
  last = { name, report };
}

export function deletionWords(name: string, r: DeletionReport): string {
  const done = `${name}'s records were deleted for good and the space they used was overwritten.`;
  if (!r.backupFolder) return `${done} No backups are set up, so no backup made by Alliance holds them.`;
  if (!r.olderBackups) return `${done} No backup in ${r.backupFolder} holds them.`;
  const n = r.olderBackups === 1 ? '1 older backup' : `${r.olderBackups} older backups`;
  return (
    `${done} ${n} in ${r.backupFolder} still ${r.olderBackups === 1 ? 'holds' : 'hold'} them, the newest from ` +
    `${dateText(r.newestOlderBackup!.slice(0, 10))}. Alliance keeps the newest ${r.keep} backups, one every ` +
    `${r.intervalHours} hours, so the last of them is pruned after ${r.keep} more backups: about ` +
    `${dateText(r.prunedAbout!)}. Delete those backup files yourself if they must go sooner.`
  );
}

export function DeletionNotice() {
  const [shown, setShown] = useState(last);
  if (!shown) return null;
  return (
    <div className="alert info" role="status">
      <p>{deletionWords(shown.name, shown.report)}</p>
      <button
        type="button"
        onClick={() => {
          last = null;
          setShown(null);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
