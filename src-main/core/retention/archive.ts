// The retention feature's part of an archive: how long the records are kept, and why if longer.
import { fields, type ArchivePart } from '../archive/archive-part';
import { retentionOf } from './retention';

export const retentionArchive: ArchivePart = {
  person: (db, superviseeId) => {
    const r = retentionOf(db, superviseeId);
    return [
      {
        kind: 'records',
        title: 'Keeping these records',
        items: [
          {
            heading: r.keepUntil ? `Kept until ${r.keepUntil}` : 'Kept while supervision continues',
            fields: fields([
              ['Years after supervision ends', String(r.years)],
              ['Extended because', r.extendedUntil === r.keepUntil ? r.extensionReason : null],
              ['Legal hold', r.hold ? `Since ${r.hold.since}: ${r.hold.reason}` : null],
            ]),
          },
        ],
      },
    ];
  },
};
