import type { HandlersFor } from '../../contract/channel-table';
import type { draftChannels } from '../../contract/drafts';
import type { Db } from '../../db/vault';
import { noteDraftStore as notes, reflectionDraftStore as reflections } from './drafts';

export function draftHandlers(db: () => Db): HandlersFor<typeof draftChannels> {
  return {
    'drafts.get': (i) => notes.get(db(), i),
    'drafts.save': ({ values, ...key }) => notes.save(db(), key, values),
    'drafts.discard': (i) => notes.discard(db(), i),
    'drafts.reflectionGet': (i) => reflections.get(db(), i),
    'drafts.reflectionSave': ({ values, ...key }) => reflections.save(db(), key, values),
    'drafts.reflectionDiscard': (i) => reflections.discard(db(), i),
  };
}
