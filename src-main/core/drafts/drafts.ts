// Case-note drafts: one per new note of a supervisee and one per note being edited, replaced as
// the form changes and removed once the note is saved or the draft is thrown away.
import { eq } from 'drizzle-orm';
import { AppError } from '../../contract/errors';
import type { DraftKey, NoteDraft, NoteDraftValues } from '../../contract/drafts';
import { noteDrafts } from './tables';
import { noteSupervisee } from '../notes/note-ref';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

const keyOf = (k: DraftKey) => `${k.superviseeId}:${k.noteId ?? 'new'}`;

export function getDraft(db: Db, k: DraftKey): NoteDraft | null {
  const row = db
    .select()
    .from(noteDrafts)
    .where(eq(noteDrafts.key, keyOf(k)))
    .get();
  return row
    ? { superviseeId: row.superviseeId, noteId: row.noteId, values: row.values, updatedAt: row.updatedAt }
    : null;
}

export function saveDraft(db: Db, k: DraftKey, values: NoteDraftValues, now = new Date()): NoteDraft {
  getSupervisee(db, k.superviseeId);
  if (k.noteId) {
    if (noteSupervisee(db, k.noteId) !== k.superviseeId) throw new AppError('not_found', 'That note was not found.');
  }
  const row = { key: keyOf(k), superviseeId: k.superviseeId, noteId: k.noteId, values, updatedAt: now.toISOString() };
  db.insert(noteDrafts)
    .values(row)
    .onConflictDoUpdate({ target: noteDrafts.key, set: { values, updatedAt: row.updatedAt } })
    .run();
  return getDraft(db, k)!;
}

export function discardDraft(db: Db, k: DraftKey): { done: true } {
  db.delete(noteDrafts)
    .where(eq(noteDrafts.key, keyOf(k)))
    .run();
  return { done: true };
}
