import type { HandlersFor } from '../../contract/channel-table';
import { localToday } from '../../contract/dates';
import { invalid, issue } from '../../contract/errors';
import type { supervisorChannels } from '../../contract/supervisor';
import type { Db } from '../../db/vault';
import {
  addTraining,
  deleteLicence,
  deleteTraining,
  recordSelfAssessment,
  saveLicence,
  supervisorPage,
} from './supervisor';

// What happened is dated on the day it happened, and that day has come.
function notAhead(day: string, field: string): void {
  if (day > localToday()) throw invalid(issue(field, 'That day has not happened yet.'));
}

export function supervisorHandlers(db: () => Db): HandlersFor<typeof supervisorChannels> {
  return {
    'supervisor.page': (i) => supervisorPage(db(), i.today),
    'supervisor.saveLicence': (i) => saveLicence(db(), i.id, i.licence),
    'supervisor.deleteLicence': (i) => deleteLicence(db(), i.id),
    'supervisor.addTraining': (i) => {
      notAhead(i.happenedOn, 'happenedOn');
      return addTraining(db(), i);
    },
    'supervisor.deleteTraining': (i) => deleteTraining(db(), i.id),
    'supervisor.recordSelfAssessment': (i) => {
      notAhead(i.doneOn, 'doneOn');
      return recordSelfAssessment(db(), i);
    },
  };
}
