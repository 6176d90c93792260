import type { HandlersFor } from '../../contract/channel-table';
import type { weekChannels } from '../../contract/week';
import type { Db } from '../../db/vault';
import { weekOverview } from './week';

export function weekHandlers(db: () => Db): HandlersFor<typeof weekChannels> {
  return { 'week.overview': (i) => weekOverview(db(), i.today) };
}
