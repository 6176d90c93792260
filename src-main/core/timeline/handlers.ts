import type { HandlersFor } from '../../contract/channel-table';
import type { timelineChannels } from '../../contract/timeline';
import type { Db } from '../../db/vault';
import { timelinePage } from './timeline';

export function timelineHandlers(db: () => Db): HandlersFor<typeof timelineChannels> {
  return { 'timeline.page': (i) => timelinePage(db(), i) };
}
