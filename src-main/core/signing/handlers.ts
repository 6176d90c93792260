import type { HandlersFor } from '../../contract/channel-table';
import type { periodChannels } from '../../contract/signing';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';
import { listPeriods, reopenPeriod, signPeriod } from './signing';

export function periodHandlers(db: () => Db): HandlersFor<typeof periodChannels> {
  return {
    'periods.list': (i) => {
      getSupervisee(db(), i.superviseeId);
      return listPeriods(db(), i.superviseeId);
    },
    'periods.sign': (i) => signPeriod(db(), i),
    'periods.reopen': (i) => reopenPeriod(db(), i.id, i.reason, i.reopenedBy),
  };
}
