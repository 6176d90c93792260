import type { HandlersFor } from '../../contract/channel-table';
import type { draftChannels } from '../../contract/drafts';
import type { Db } from '../../db/vault';
import { discardDraft, getDraft, saveDraft } from './drafts';

export function draftHandlers(db: () => Db): HandlersFor<typeof draftChannels> {
  return {
    'drafts.get': (i) => getDraft(db(), i),
    'drafts.save': ({ values, ...key }) => saveDraft(db(), key, values),
    'drafts.discard': (i) => discardDraft(db(), i),
  };
}
