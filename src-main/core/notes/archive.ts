// The notes feature's part of an archive: every case-consultation note (not the deleted ones), oldest
// first, with its risk flags and agreed actions.
import { RISK_FLAG_LABELS } from '../../contract/enums';
import type { ArchivePart } from '../archive/archive-part';
import { fields } from '../archive/archive-part';
import { listNotes } from './notes';

export const notesArchive: ArchivePart = {
  person: (db, superviseeId) => [
    {
      kind: 'records',
      title: 'Case-consultation notes',
      items: listNotes(db, superviseeId, Number.MAX_SAFE_INTEGER)
        .reverse()
        .map((n) => ({
          heading: `${n.date} · case ${n.caseCode}`,
          fields: fields([
            ['Presenting concern', n.presentingConcern],
            ['Discussion', n.discussion],
            ['Guidance', n.guidance],
            ['Reactions', n.reactions],
            ['Plan', n.plan],
            ['Risk flags', n.riskFlags.map((f) => RISK_FLAG_LABELS[f]).join(', ')],
            [
              'Actions',
              n.actions.map((a) => `${a.doneOn ? '[done ' + a.doneOn + ']' : '[open]'} ${a.text}`).join('\n'),
            ],
          ]),
        })),
    },
  ],
};
