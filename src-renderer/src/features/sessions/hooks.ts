// Sessions' reads and writes. A saved session is put straight into the cached list and "last
// session" from the value main returned; every other read it changes (the totals, the requirements,
// the prompts it takes up, a signed period it lands in) is read again because its contract names
// the tables the write touched (api/queries.ts).
import type { Session } from '../../../../src-main/contract/sessions';
import { cachedRead, invalidate, setRead, useRead, useWrite } from '../../api/queries';

// The most sessions the page holds; the CSV export has every one.
export const LIST_LIMIT = 500;
export const useSessions = (superviseeId: string) =>
  useRead('sessions.list', { superviseeId, limit: LIST_LIMIT }, { enabled: !!superviseeId });
export const useLastSession = (superviseeId: string) =>
  useRead('sessions.last', { superviseeId }, { enabled: !!superviseeId });

// Newest first, as main lists them: by date, then by when it was logged.
const newestFirst = (a: Session, b: Session) =>
  b.date.localeCompare(a.date) ||
  (b.startTime ?? '').localeCompare(a.startTime ?? '') ||
  b.createdAt.localeCompare(a.createdAt);

function putSession(s: Session): void {
  setRead('sessions.list', { superviseeId: s.superviseeId, limit: LIST_LIMIT }, (old) =>
    old ? [...old.filter((x) => x.id !== s.id), s].sort(newestFirst).slice(0, LIST_LIMIT) : old,
  );
  setRead('sessions.last', { superviseeId: s.superviseeId }, (old) => {
    if (old === undefined) return old;
    if (old === null || old.id === s.id || newestFirst(s, old) <= 0) return s;
    return old;
  });
}

export const useCreateSession = () => useWrite('sessions.create', putSession);
export const useUpdateSession = () => useWrite('sessions.update', putSession);
export const useRestoreSession = () => useWrite('sessions.restore', putSession);
export function useDeleteSession(superviseeId: string) {
  return useWrite('sessions.delete', ({ id }) => {
    setRead('sessions.list', { superviseeId, limit: LIST_LIMIT }, (old) => old?.filter((x) => x.id !== id));
    // The one deleted may have been the last: only main knows the one before it.
    const last = cachedRead('sessions.last', { superviseeId });
    if (last?.id === id) void invalidate('sessions.last', superviseeId);
    else if (last !== undefined) setRead('sessions.last', { superviseeId }, last);
  });
}
