// The sample supervisor's own records: one licence coming up for renewal with training still short,
// the training before supervising done years ago, and a self-assessment due soon, so the page and
// This week show what they are for. Fixed offsets from today; no random draws, so the other
// features' sample data stay as they were.
import { isoDay, type Sampler } from '../sample-data/sampler';
import { addDays } from '../../contract/dates';

export const sampleSupervisor: Sampler = ({ today }) => {
  const day = isoDay(today);
  const ts = `${day}T09:00:00.000Z`;
  const id = (n: number) => `5a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    supervisorLicences: [
      {
        id: id(1),
        title: 'LMFT',
        number: '000000',
        jurisdiction: 'California',
        renewedOn: addDays(day, -685),
        expiresOn: addDays(day, 45),
        trainingBeforeHours: 15,
        trainingPerRenewalHours: 6,
        createdAt: ts,
        updatedAt: ts,
      },
    ],
    supervisorTraining: [
      { id: id(2), happenedOn: addDays(day, -1200), hours: 15, title: 'Supervision foundations course', createdAt: ts },
      { id: id(3), happenedOn: addDays(day, -200), hours: 3, title: 'Ethics in supervision workshop', createdAt: ts },
    ],
    supervisorSelfAssessments: [{ id: id(4), doneOn: addDays(day, -700), nextDueOn: addDays(day, 30), createdAt: ts }],
  };
};
