// The agreements feature's part of an archive: every version of the supervision agreement, oldest
// first, and the goals with their latest status.
import { GOAL_STATUS_LABELS, MEETING_FREQUENCY_LABELS } from '../../contract/enums';
import type { ArchivePart } from '../archive/archive-part';
import { fields, table } from '../archive/archive-part';
import { agreementVersions } from './agreements';
import { listGoals } from './goals';

export const agreementsArchive: ArchivePart = {
  person: (db, superviseeId) => [
    {
      kind: 'records',
      title: 'Supervision agreement',
      items: [...agreementVersions(db, superviseeId)]
        .sort((a, b) => a.version - b.version)
        .map((a) => ({
          heading: `Version ${a.version}, agreed ${a.agreedOn}`,
          fields: fields([
            ['Meets', MEETING_FREQUENCY_LABELS[a.frequency]],
            ['Format', a.format],
            ['Feedback', a.feedback],
            ['Evaluations', a.evaluationDates.join(', ')],
            ['Ends on', a.endsOn],
            ['Ending plan', a.endingPlan],
            ['Why it changed', a.reason],
          ]),
        })),
    },
    table(
      'Goals',
      ['Goal', 'Set on', 'Target', 'Status'],
      listGoals(db, superviseeId).map((g) => [g.text, g.setOn, g.targetDate ?? '', GOAL_STATUS_LABELS[g.status]]),
    ),
  ],
};
