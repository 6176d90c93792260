// The supervisees feature's part of an archive: who the records are about and the dates that set
// how long they are kept.
import { DISCIPLINE_LABELS } from '../../contract/enums';
import type { ArchivePart } from '../archive/archive-part';
import { fields } from '../archive/archive-part';
import { findPack } from '../rules/store';
import { getSupervisee } from './supervisees';

export const superviseesArchive: ArchivePart = {
  person: (db, superviseeId) => {
    const s = getSupervisee(db, superviseeId);
    return [
      {
        kind: 'records',
        title: 'Supervisee',
        items: [
          {
            heading: s.fullName,
            fields: fields([
              ['Discipline', DISCIPLINE_LABELS[s.discipline]],
              ['Licence track', s.licenceTrack],
              ['Registration number', s.registrationNumber],
              ['Program or agency', s.program],
              ['Site', s.site],
              ['Supervision started', s.supervisionStart],
              ['Supervision ended', s.supervisionEnd],
              ['Rule pack', s.rulePack ? (findPack(db, s.rulePack)?.name ?? s.rulePack) : null],
            ]),
          },
        ],
      },
    ];
  },
};
