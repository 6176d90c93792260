import type { HandlersFor } from '../../contract/channel-table';
import type { settingsChannels } from '../../contract/settings';
import type { Db } from '../../db/vault';
import { readSettings, writeSettings } from './settings';

export function settingsHandlers(db: () => Db): HandlersFor<typeof settingsChannels> {
  return {
    'settings.get': () => readSettings(db()),
    'settings.update': (i) => writeSettings(db(), i),
  };
}
