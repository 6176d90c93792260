// The agreement's and goals' reads and writes. A saved version or goal is read again (with the
// timeline and This week where they show it) because those reads' contracts name the tables the
// write touched (api/queries.ts).
import { useRead, useWrite } from '../../api/queries';

export const useAgreementVersions = (superviseeId: string) =>
  useRead('agreement.versions', { superviseeId }, { enabled: !!superviseeId });
// Countersignatures received from the supervisee's own vault (docs/exchange.md).
export const useCountersignatures = (superviseeId: string) =>
  useRead('agreement.countersignatures', { superviseeId }, { enabled: !!superviseeId });
export const useGoals = (superviseeId: string) => useRead('goals.list', { superviseeId }, { enabled: !!superviseeId });

export const useSaveAgreement = () => useWrite('agreement.save');
export const useCreateGoal = () => useWrite('goals.create');
export const useUpdateGoal = () => useWrite('goals.update');
export const useReviewGoal = () => useWrite('goals.review');
