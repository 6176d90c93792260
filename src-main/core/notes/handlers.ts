import type { HandlersFor } from '../../contract/channel-table';
import type { noteChannels } from '../../contract/notes';
import type { Db } from '../../db/vault';
import {
  caseThread,
  createNote,
  getNote,
  listNotes,
  openActions,
  openRisks,
  setActionDone,
  setNoteDeleted,
  scanTexts,
  updateNote,
} from './notes';

export function noteHandlers(db: () => Db): HandlersFor<typeof noteChannels> {
  return {
    'notes.findIdentifiers': (i) => scanTexts(i.texts),
    'notes.list': (i) => listNotes(db(), i.superviseeId, i.limit),
    'notes.get': (i) => getNote(db(), i.id),
    'notes.case': (i) => caseThread(db(), i.superviseeId, i.caseCode),
    'notes.create': (i) => createNote(db, i),
    'notes.update': (i) => updateNote(db, i.id, i.patch),
    'notes.delete': (i) => ({ id: setNoteDeleted(db(), i.id, true).id }),
    'notes.restore': (i) => setNoteDeleted(db(), i.id, false),
    'notes.openRisks': () => openRisks(db()),
    'actions.open': (i) => openActions(db(), i.superviseeId),
    'actions.setDone': (i) => setActionDone(db(), i.id, i.done, i.on),
  };
}
