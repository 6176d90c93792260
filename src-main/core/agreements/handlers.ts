import { countersignatures } from './exchange-agreement';
import type { agreementChannels } from '../../contract/agreements';
import type { HandlersFor } from '../../contract/channel-table';
import type { Db } from '../../db/vault';
import { agreementVersions, saveAgreement } from './agreements';
import { createGoal, listGoals, reviewGoal, updateGoal } from './goals';

export function agreementHandlers(db: () => Db): HandlersFor<typeof agreementChannels> {
  return {
    'agreement.versions': (i) => agreementVersions(db(), i.superviseeId),
    'agreement.countersignatures': (i) => countersignatures(db(), i.superviseeId),
    'agreement.save': (i) => saveAgreement(db(), i),
    'goals.list': (i) => listGoals(db(), i.superviseeId),
    'goals.create': (i) => createGoal(db(), i),
    'goals.update': (i) => updateGoal(db(), i.id, { text: i.text, targetDate: i.targetDate, setOn: i.setOn }),
    'goals.review': (i) => reviewGoal(db(), i),
  };
}
