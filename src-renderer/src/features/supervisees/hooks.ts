// Supervisees' reads and writes. A returned supervisee replaces its cached copy.
import type { SuperviseeQuery, Supervisee } from '../../../../src-main/contract/supervisees';
import { keepPrevious, queryClient, keyOf, setRead, useRead, useWrite } from '../../api/queries';

// The current supervisees, as the list shows them by default and the sessions view's picker uses:
// one input, so one cache entry for both.
export const CURRENT: SuperviseeQuery = { search: '', status: 'any', archived: 'exclude' };

// The previous rows stay on screen while a new search runs, so typing never flashes "Loading".
export const useSupervisees = (q: SuperviseeQuery) => useRead('supervisees.list', q, { placeholderData: keepPrevious });
export const useSupervisee = (id: string) => useRead('supervisees.get', { id });

// The lists depend on their filters: they are read again from the table the write touched.
const putSupervisee = (s: Supervisee) => setRead('supervisees.get', { id: s.id }, s);

export const useCreateSupervisee = () => useWrite('supervisees.create', putSupervisee);
export const useUpdateSupervisee = () => useWrite('supervisees.update', putSupervisee);
export const useArchiveSupervisee = () => useWrite('supervisees.archive', putSupervisee);
export const useRestoreSupervisee = () => useWrite('supervisees.restore', putSupervisee);
export function useDeleteSupervisee() {
  return useWrite('supervisees.delete', (_done, { id }) => {
    // Everything read about this person goes: their record and every read keyed by their id.
    queryClient.removeQueries({ queryKey: keyOf('supervisees.get', { id }) });
    queryClient.removeQueries({
      predicate: (q) => (q.queryKey[2] as { superviseeId?: string } | undefined)?.superviseeId === id,
    });
  });
}
