// Check-ins, feedback received and the constellation: each write makes only its own supervisee's
// list stale.
import { invalidate, useRead, useWrite } from '../../api/queries';

const by = (superviseeId: string) => ({ superviseeId });
const on = (superviseeId: string) => ({ enabled: !!superviseeId });

export const useCheckins = (superviseeId: string) => useRead('checkins.list', by(superviseeId), on(superviseeId));
export const useFeedback = (superviseeId: string) => useRead('feedback.list', by(superviseeId), on(superviseeId));
export const useConstellation = (superviseeId: string) =>
  useRead('constellation.list', by(superviseeId), on(superviseeId));

export const useCreateCheckin = () =>
  useWrite('checkins.create', (c) => void invalidate('checkins.list', c.superviseeId));

const feedbackChanged = (f: { superviseeId: string }) => void invalidate('feedback.list', f.superviseeId);
export const useCreateFeedback = () => useWrite('feedback.create', feedbackChanged);
export const useUpdateFeedback = () => useWrite('feedback.update', feedbackChanged);
export const useDeleteFeedback = (superviseeId: string) =>
  useWrite('feedback.delete', () => void invalidate('feedback.list', superviseeId));

const membersChanged = (m: { superviseeId: string }) => void invalidate('constellation.list', m.superviseeId);
export const useAddMember = () => useWrite('constellation.add', membersChanged);
export const useUpdateMember = () => useWrite('constellation.update', membersChanged);
export const useRemoveMember = (superviseeId: string) =>
  useWrite('constellation.remove', () => void invalidate('constellation.list', superviseeId));
