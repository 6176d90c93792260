// Sessions' reads and writes. A saved session is put straight into the cached list and "last
// session" from the value main returned; only the totals and the requirements (computed in main
// from every session) are read again. Signed periods are not: a session in a signed period is
// refused, so saving one never changes them.
import type { Session } from '../../../../src-main/contract/sessions';
import { invalidate, queryClient, keyOf, setRead, useRead, useWrite } from '../../api/queries';

const LIST_LIMIT = 500;
export const useSessions = (superviseeId: string) =>
  useRead('sessions.list', { superviseeId, limit: LIST_LIMIT }, { enabled: !!superviseeId });
export const useLastSession = (superviseeId: string) =>
  useRead('sessions.last', { superviseeId }, { enabled: !!superviseeId });

// Newest first, as main lists them: by date, then by when it was logged.
const newestFirst = (a: Session, b: Session) =>
  b.date.localeCompare(a.date) ||
  (b.startTime ?? '').localeCompare(a.startTime ?? '') ||
  b.createdAt.localeCompare(a.createdAt);

export function totalsChanged(superviseeId: string): void {
  void invalidate('hours.summary', superviseeId);
  void invalidate('rules.evaluate', superviseeId);
}

function putSession(s: Session): void {
  setRead('sessions.list', { superviseeId: s.superviseeId, limit: LIST_LIMIT }, (old) =>
    old ? [...old.filter((x) => x.id !== s.id), s].sort(newestFirst).slice(0, LIST_LIMIT) : old,
  );
  setRead('sessions.last', { superviseeId: s.superviseeId }, (old) => {
    if (old === undefined) return old;
    if (old === null || old.id === s.id || newestFirst(s, old) <= 0) return s;
    return old;
  });
  totalsChanged(s.superviseeId);
}

export const useCreateSession = () => useWrite('sessions.create', putSession);
export const useUpdateSession = () => useWrite('sessions.update', putSession);
export const useRestoreSession = () => useWrite('sessions.restore', putSession);
export function useDeleteSession(superviseeId: string) {
  return useWrite('sessions.delete', ({ id }) => {
    setRead('sessions.list', { superviseeId, limit: LIST_LIMIT }, (old) => old?.filter((x) => x.id !== id));
    // The one deleted may have been the last: only main knows the one before it.
    const last = queryClient.getQueryData<Session | null>(keyOf('sessions.last', { superviseeId }));
    if (last?.id === id) void invalidate('sessions.last', superviseeId);
    totalsChanged(superviseeId);
  });
}
