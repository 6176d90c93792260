import type { HandlersFor } from '../../contract/channel-table';
import { invalid, issue } from '../../contract/errors';
import type { superviseeChannels } from '../../contract/supervisees';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { assertNoHold } from '../retention/delete-for-good';
import { findPack } from '../rules/store';
import {
  createSupervisee,
  deleteSupervisee,
  getSupervisee,
  listSupervisees,
  setArchived,
  updateSupervisee,
} from './supervisees';

function checkRulePack(db: Db, id: string | null | undefined): void {
  if (id && !findPack(db, id)) throw invalid(issue('rulePack', 'There is no rule pack with that id.'));
}

export function superviseeHandlers(db: () => Db): HandlersFor<typeof superviseeChannels> {
  return {
    'supervisees.list': (i) => listSupervisees(db(), i),
    'supervisees.get': (i) => getSupervisee(db(), i.id),
    'supervisees.create': (i) => {
      checkRulePack(db(), i.rulePack);
      return createSupervisee(db(), i);
    },
    'supervisees.update': (i) => {
      checkRulePack(db(), i.patch.rulePack);
      return updateSupervisee(db(), i.id, i.patch);
    },
    'supervisees.archive': (i) => setArchived(db(), i.id, true),
    'supervisees.restore': (i) => setArchived(db(), i.id, false),
    'supervisees.delete': (i) => {
      assertNoHold(db(), i.id);
      deleteSupervisee(db(), i.id, i.confirmName);
      appendAudit(db(), 'records_deleted', { supervisee: i.id, reason: 'archived_then_deleted' });
      return { done: true };
    },
  };
}
