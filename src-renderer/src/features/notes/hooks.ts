// Case notes' reads and writes. A note's save changes its supervisee's list, its case's thread,
// the open risks and the open follow-ups, all computed in main: those reads are marked stale.
import { NOTES_PAGE } from '../../../../src-main/contract/notes';
import { invalidate, keepPrevious, useRead, useWrite } from '../../api/queries';

export const useNotes = (superviseeId: string, limit = NOTES_PAGE) =>
  useRead('notes.list', { superviseeId, limit }, { enabled: !!superviseeId, placeholderData: keepPrevious });
export const useCaseThread = (superviseeId: string, caseCode: string) =>
  useRead('notes.case', { superviseeId, caseCode }, { enabled: !!superviseeId && !!caseCode });
export const useOpenRisks = () => useRead('notes.openRisks', {});
export const useOpenActions = (superviseeId?: string, enabled = true) =>
  useRead('actions.open', superviseeId ? { superviseeId } : {}, { enabled });

function notesChanged(): void {
  void invalidate('notes.list');
  void invalidate('notes.case');
  void invalidate('notes.openRisks');
  void invalidate('actions.open');
}

export const useCreateNote = () => useWrite('notes.create', notesChanged);
export const useUpdateNote = () => useWrite('notes.update', notesChanged);
export const useDeleteNote = () => useWrite('notes.delete', notesChanged);
export const useRestoreNote = () => useWrite('notes.restore', notesChanged);
export const useSetActionDone = () => useWrite('actions.setDone', notesChanged);
