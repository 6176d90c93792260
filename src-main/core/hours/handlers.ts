import type { HandlersFor } from '../../contract/channel-table';
import { localToday, rangeFor } from '../../contract/dates';
import type { hoursChannels } from '../../contract/hours';
import type { Db } from '../../db/vault';
import { askUser, type FilePort } from '../shared/file-port';
import { getSupervisee } from '../supervisees/supervisees';
import { exportHoursCsv, exportHoursPdf } from './exports';
import { hoursSummary } from './hours-summary';
import { listWeekEntries, logWeek, setWeek } from './week-entries';

export function hoursHandlers(db: () => Db, files: FilePort): HandlersFor<typeof hoursChannels> {
  return {
    'hours.logWeek': (i) => logWeek(db(), i),
    'hours.weekEntries': (i) => listWeekEntries(db(), i.superviseeId, i.from, i.to),
    'hours.setWeek': (i) => setWeek(db(), i),
    'hours.summary': (i) => {
      getSupervisee(db(), i.superviseeId);
      const { from, to } = rangeFor(i.period, localToday());
      return hoursSummary(db(), i.superviseeId, from, to);
    },
    'hours.exportCsv': async (i) => ({
      path: (await exportHoursCsv(db, askUser(files, db), i)).path,
    }),
    'hours.exportPdf': async (i) => ({
      path: (await exportHoursPdf(db, askUser(files, db), i)).path,
    }),
  };
}
