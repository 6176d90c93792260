// The agreement's and goals' reads and writes. A saved version or goal changes only its own
// supervisee's reads; reflections name goals, so a goal's change marks them stale too.
import { invalidate, useRead, useWrite } from '../../api/queries';

export const useAgreementVersions = (superviseeId: string) =>
  useRead('agreement.versions', { superviseeId }, { enabled: !!superviseeId });
export const useGoals = (superviseeId: string) => useRead('goals.list', { superviseeId }, { enabled: !!superviseeId });

export const useSaveAgreement = () =>
  useWrite('agreement.save', (a) => void invalidate('agreement.versions', a.superviseeId));
const goalsChanged = (g: { superviseeId: string }) => void invalidate('goals.list', g.superviseeId);
export const useCreateGoal = () => useWrite('goals.create', goalsChanged);
export const useUpdateGoal = () => useWrite('goals.update', goalsChanged);
export const useReviewGoal = () => useWrite('goals.review', goalsChanged);
