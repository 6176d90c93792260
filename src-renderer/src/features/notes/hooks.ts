// Case notes' reads and writes. A note's save changes its supervisee's list, its case's thread,
// the open risks and the open follow-ups, all computed in main: those reads are marked stale.
import { NOTES_PAGE, type Note } from '../../../../src-main/contract/notes';
import { invalidate, keepPrevious, keyOf, queryClient, useRead, useWrite } from '../../api/queries';

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

// A new note goes straight into its supervisee's cached pages, newest first as main orders them, so
// the list shows it as soon as main answers instead of after reading the whole page again.
const newestFirst = (a: Note, b: Note) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
function putNewNote(note: Note): void {
  for (const [key, old] of queryClient.getQueriesData<Note[]>({ queryKey: keyOf('notes.list') })) {
    const input = key[2] as { superviseeId: string; limit: number } | undefined;
    if (!old || input?.superviseeId !== note.superviseeId) continue;
    queryClient.setQueryData(key, [note, ...old].sort(newestFirst).slice(0, input.limit));
  }
  void invalidate('notes.case');
  void invalidate('notes.openRisks');
  void invalidate('actions.open');
}

export const useCreateNote = () => useWrite('notes.create', putNewNote);
export const useUpdateNote = () => useWrite('notes.update', notesChanged);
export const useDeleteNote = () => useWrite('notes.delete', notesChanged);
export const useRestoreNote = () => useWrite('notes.restore', notesChanged);
export const useSetActionDone = () => useWrite('actions.setDone', notesChanged);
