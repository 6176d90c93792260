// The signing feature's part of an archive: each signed period with the SHA-256 its signature
// covers, so a copy of the log elsewhere can be checked against it.
import type { ArchivePart } from '../archive/archive-part';
import { table } from '../archive/archive-part';
import { listPeriods } from './signing';

export const signingArchive: ArchivePart = {
  person: (db, superviseeId) => [
    table(
      'Signed periods',
      ['From', 'To', 'Signed on', 'Signed by', 'Licence', 'Status', 'SHA-256'],
      listPeriods(db, superviseeId).map((p) => [
        p.periodStart,
        p.periodEnd,
        p.signedOn,
        p.supervisorName,
        p.supervisorLicence,
        p.reopenedAt ? `Reopened ${p.reopenedAt.slice(0, 10)}: ${p.reopenReason ?? ''}` : 'Signed',
        p.contentSha256,
      ]),
    ),
  ],
};
