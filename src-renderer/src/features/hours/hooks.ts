// Week entries' reads and writes. Any change to a week's hours changes the list of week entries
// and, through the tables it touches, the totals and the requirements (api/queries.ts).
import { addDays, weekStart } from '../../../../src-main/contract/dates';
import { invalidate, useRead, useWrite } from '../../api/queries';
import { periodDaysChanged } from '../sessions/hooks';

export const useWeekEntries = (superviseeId: string) =>
  useRead('hours.weekEntries', { superviseeId }, { enabled: !!superviseeId });

function weekChanged(superviseeId: string, day: string): void {
  const monday = weekStart(day);
  void invalidate('hours.weekEntries', superviseeId);
  periodDaysChanged(
    superviseeId,
    [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(monday, n)),
  );
}

export const useLogWeek = () => useWrite('hours.logWeek', (_added, i) => weekChanged(i.superviseeId, i.weekStart));
export const useSetWeek = () => useWrite('hours.setWeek', (_r, i) => weekChanged(i.superviseeId, i.weekStart));
