// Week entries' reads and writes. A week's hours change the week entries, the totals and the
// requirements, and a signed period they fall in: each is read again because its contract names the
// tables the write touched (api/queries.ts).
import { useRead, useWrite } from '../../api/queries';

export const useWeekEntries = (superviseeId: string) =>
  useRead('hours.weekEntries', { superviseeId }, { enabled: !!superviseeId });

export const useLogWeek = () => useWrite('hours.logWeek');
export const useSetWeek = () => useWrite('hours.setWeek');
