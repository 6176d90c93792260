// The alliance feature's part of an archive: the check-ins on the working alliance, the feedback on
// supervision, and who else is involved in the supervisee's training.
import { CONSTELLATION_ROLE_LABELS, FEEDBACK_SOURCE_LABELS, RESPONDENT_LABELS } from '../../contract/enums';
import type { ArchivePart } from '../archive/archive-part';
import { table } from '../archive/archive-part';
import { listCheckins } from './checkins';
import { listConstellation } from './constellation';
import { listFeedback } from './feedback';

export const allianceArchive: ArchivePart = {
  person: (db, superviseeId) => [
    table(
      'Alliance check-ins',
      ['Date', 'Answered by', 'Goals', 'Tasks', 'Bond', 'Comment'],
      [...listCheckins(db, superviseeId)]
        .sort((a, b) => a.checkedOn.localeCompare(b.checkedOn))
        .map((c) => [
          c.checkedOn,
          RESPONDENT_LABELS[c.respondent],
          String(c.goals),
          String(c.tasks),
          String(c.bond),
          c.comment,
        ]),
    ),
    table(
      'Feedback on supervision',
      ['Date', 'From', 'Feedback', 'What changed'],
      [...listFeedback(db, superviseeId)]
        .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
        .map((f) => [f.receivedOn, FEEDBACK_SOURCE_LABELS[f.source], f.feedback, f.changed]),
    ),
    table(
      'Others involved in their training',
      ['Name', 'Role', 'Covers'],
      listConstellation(db, superviseeId).map((m) => [m.name, CONSTELLATION_ROLE_LABELS[m.role], m.covers]),
    ),
  ],
};
