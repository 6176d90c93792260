import type { HandlersFor } from '../../contract/channel-table';
import type { searchChannels } from '../../contract/search';
import type { Db } from '../../db/vault';
import { search } from './search';

export function searchHandlers(db: () => Db): HandlersFor<typeof searchChannels> {
  return { 'search.query': (i) => search(db(), i) };
}
