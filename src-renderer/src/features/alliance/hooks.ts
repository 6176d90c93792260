// Check-ins, feedback received and the constellation. Each write's list (and the timeline, growth
// charts and This week where they show it) is read again because those reads' contracts name the
// tables it touched (api/queries.ts).
import { useRead, useWrite } from '../../api/queries';

const by = (superviseeId: string) => ({ superviseeId });
const on = (superviseeId: string) => ({ enabled: !!superviseeId });

export const useCheckins = (superviseeId: string) => useRead('checkins.list', by(superviseeId), on(superviseeId));
export const useFeedback = (superviseeId: string) => useRead('feedback.list', by(superviseeId), on(superviseeId));
export const useConstellation = (superviseeId: string) =>
  useRead('constellation.list', by(superviseeId), on(superviseeId));

export const useCreateCheckin = () => useWrite('checkins.create');
export const useCreateFeedback = () => useWrite('feedback.create');
export const useUpdateFeedback = () => useWrite('feedback.update');
export const useDeleteFeedback = () => useWrite('feedback.delete');
export const useAddMember = () => useWrite('constellation.add');
export const useUpdateMember = () => useWrite('constellation.update');
export const useRemoveMember = () => useWrite('constellation.remove');
