import type { HandlersFor } from '../../contract/channel-table';
import type { retentionChannels } from '../../contract/retention';
import type { Db } from '../../db/vault';
import { deleteRecordsForGood } from './delete-for-good';
import { extendRetention, retentionOf, setLegalHold } from './retention';

export function retentionHandlers(db: () => Db, vaultDir: () => string): HandlersFor<typeof retentionChannels> {
  return {
    'retention.get': (i) => retentionOf(db(), i.superviseeId),
    'retention.extend': (i) => extendRetention(db(), i.superviseeId, i.until, i.reason),
    'retention.hold': (i) => setLegalHold(db(), i.superviseeId, i.reason),
    'retention.release': (i) => setLegalHold(db(), i.superviseeId, null),
    'retention.deleteForGood': (i) => deleteRecordsForGood(db(), vaultDir(), i),
  };
}
