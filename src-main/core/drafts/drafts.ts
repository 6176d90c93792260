// The two forms that keep drafts (docs/architecture.md): a case note (one per new note of a
// supervisee and one per note being edited) and a Reflect form (one per supervisee and prompt set).
import { AppError } from '../../contract/errors';
import type { DraftKey, NoteDraftValues, ReflectionDraftKey, ReflectionDraftValues } from '../../contract/drafts';
import { noteSupervisee } from '../notes/note-ref';
import { draftStore } from './draft-store';
import { noteDrafts, reflectionDrafts } from './tables';

export const noteDraftStore = draftStore<DraftKey, NoteDraftValues>({
  table: noteDrafts,
  keyOf: (k) => `${k.superviseeId}:${k.noteId ?? 'new'}`,
  columns: ({ superviseeId, noteId }) => ({ superviseeId, noteId }),
  check: (db, k) => {
    if (k.noteId && noteSupervisee(db, k.noteId) !== k.superviseeId)
      throw new AppError('not_found', 'That note was not found.');
  },
});

export const reflectionDraftStore = draftStore<ReflectionDraftKey, ReflectionDraftValues>({
  table: reflectionDrafts,
  keyOf: (k) => `${k.superviseeId}:${k.setId}`,
  columns: ({ superviseeId, setId }) => ({ superviseeId, setId }),
});
