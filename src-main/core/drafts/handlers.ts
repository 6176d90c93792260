import type { HandlersFor } from '../../contract/channel-table';
import type { draftChannels } from '../../contract/drafts';
import type { Db } from '../../db/vault';
import { discardDraft, getDraft, saveDraft } from './drafts';
import { discardReflectionDraft, getReflectionDraft, saveReflectionDraft } from './reflection-drafts';

export function draftHandlers(db: () => Db): HandlersFor<typeof draftChannels> {
  return {
    'drafts.get': (i) => getDraft(db(), i),
    'drafts.save': ({ values, ...key }) => saveDraft(db(), key, values),
    'drafts.discard': (i) => discardDraft(db(), i),
    'drafts.reflectionGet': (i) => getReflectionDraft(db(), i),
    'drafts.reflectionSave': ({ values, ...key }) => saveReflectionDraft(db(), key, values),
    'drafts.reflectionDiscard': (i) => discardReflectionDraft(db(), i),
  };
}
