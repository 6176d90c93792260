import type { HandlersFor } from '../../contract/channel-table';
import type { reflectionChannels } from '../../contract/reflections';
import type { Db } from '../../db/vault';
import { listReflections, promptSets, saveReflections } from './reflections';

export function reflectionHandlers(db: () => Db): HandlersFor<typeof reflectionChannels> {
  return {
    'reflections.sets': () => promptSets(),
    'reflections.save': (i) => saveReflections(db(), i),
    'reflections.list': (i) => listReflections(db(), i.superviseeId, { setId: i.setId, promptId: i.promptId }),
  };
}
