// Case notes' reads and writes. A new note goes straight into its supervisee's cached pages; every
// other read a note's write changes (its case's thread, the open risks and follow-ups, the
// timeline) is read again because its contract names the tables the write touched (api/queries.ts).
import { NOTES_PAGE, type Note } from '../../../../src-main/contract/notes';
import { keepPrevious, updateReads, useRead, useWrite } from '../../api/queries';

export const useNotes = (superviseeId: string, limit = NOTES_PAGE) =>
  useRead('notes.list', { superviseeId, limit }, { enabled: !!superviseeId, placeholderData: keepPrevious });
export const useCaseThread = (superviseeId: string, caseCode: string) =>
  useRead('notes.case', { superviseeId, caseCode }, { enabled: !!superviseeId && !!caseCode });
export const useOpenRisks = () => useRead('notes.openRisks', {});
export const useOpenActions = (superviseeId?: string, enabled = true) =>
  useRead('actions.open', superviseeId ? { superviseeId } : {}, { enabled });

// Newest first, as main orders them, so the list shows a new note as soon as main answers instead of
// after reading the whole page again. Other supervisees' pages are left as they are.
const newestFirst = (a: Note, b: Note) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
function putNewNote(note: Note): void {
  updateReads('notes.list', (old, input) =>
    input?.superviseeId === note.superviseeId ? [note, ...old].sort(newestFirst).slice(0, input.limit) : old,
  );
}

export const useCreateNote = () => useWrite('notes.create', putNewNote);
export const useUpdateNote = () => useWrite('notes.update');
export const useDeleteNote = () => useWrite('notes.delete');
export const useRestoreNote = () => useWrite('notes.restore');
export const useSetActionDone = () => useWrite('actions.setDone');
