// Sessions' reads and writes. A saved session is put straight into the cached list and "last
// session" from the value main returned. The totals, the requirements and the prompts a session
// takes up are read again because their contracts say they read the tables the write touched
// (api/queries.ts). Signed periods are the one read refreshed here, by day: a session in a signed
// period is refused, so only a change inside a reopened one can change a period's status.
import type { Session } from '../../../../src-main/contract/sessions';
import type { SignedPeriod } from '../../../../src-main/contract/signing';
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

// Signed periods (re-hashed on every read) are read again only when a changed day lies inside one
// (a reopened one: a signed one refuses the change), so its "changed" status is fresh. Finer than a
// table can say, so written here.
export function periodDaysChanged(superviseeId: string, days: string[] = []): void {
  const periods = queryClient.getQueryData<SignedPeriod[]>(keyOf('periods.list', { superviseeId }));
  if (periods?.some((p) => days.some((d) => p.periodStart <= d && d <= p.periodEnd)))
    void invalidate('periods.list', superviseeId);
}

const cachedDate = (superviseeId: string, id: string) =>
  queryClient
    .getQueryData<Session[]>(keyOf('sessions.list', { superviseeId, limit: LIST_LIMIT }))
    ?.find((s) => s.id === id)?.date;

function putSession(s: Session): void {
  // The day it was on before an edit, and the day it is on now.
  const days = [cachedDate(s.superviseeId, s.id), s.date].filter((d): d is string => !!d);
  setRead('sessions.list', { superviseeId: s.superviseeId, limit: LIST_LIMIT }, (old) =>
    old ? [...old.filter((x) => x.id !== s.id), s].sort(newestFirst).slice(0, LIST_LIMIT) : old,
  );
  setRead('sessions.last', { superviseeId: s.superviseeId }, (old) => {
    if (old === undefined) return old;
    if (old === null || old.id === s.id || newestFirst(s, old) <= 0) return s;
    return old;
  });
  periodDaysChanged(s.superviseeId, days);
}

export const useCreateSession = () => useWrite('sessions.create', putSession);
export const useUpdateSession = () => useWrite('sessions.update', putSession);
export const useRestoreSession = () => useWrite('sessions.restore', putSession);
export function useDeleteSession(superviseeId: string) {
  return useWrite('sessions.delete', ({ id }) => {
    const day = cachedDate(superviseeId, id);
    setRead('sessions.list', { superviseeId, limit: LIST_LIMIT }, (old) => old?.filter((x) => x.id !== id));
    // The one deleted may have been the last: only main knows the one before it.
    const last = queryClient.getQueryData<Session | null>(keyOf('sessions.last', { superviseeId }));
    if (last?.id === id) void invalidate('sessions.last', superviseeId);
    periodDaysChanged(superviseeId, day ? [day] : []);
  });
}
