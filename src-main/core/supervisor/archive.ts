// The supervisor's own records in a whole-vault archive: licences, supervision training and
// self-assessments.
import { localToday } from '../../contract/dates';
import { hoursText } from '../../contract/numbers';
import type { ArchivePart } from '../archive/archive-part';
import { table } from '../archive/archive-part';
import { supervisorPage } from './supervisor';

export const supervisorArchive: ArchivePart = {
  vault: (db) => {
    const p = supervisorPage(db, localToday());
    return [
      table(
        'Your licences',
        ['Licence', 'Number', 'Jurisdiction', 'Renewed', 'Expires'],
        p.licences.map((l) => [l.title, l.number, l.jurisdiction, l.renewedOn ?? '', l.expiresOn ?? '']),
      ),
      table(
        'Your supervision training',
        ['Date', 'Hours', 'Course'],
        p.training.map((t) => [t.happenedOn, hoursText(t.hours), t.title]),
      ),
      table(
        'Your self-assessments',
        ['Done on', 'Next due'],
        p.selfAssessments.map((s) => [s.doneOn, s.nextDueOn ?? '']),
      ),
    ];
  },
};
