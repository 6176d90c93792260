import type { HandlersFor } from '../../contract/channel-table';
import type { sessionChannels } from '../../contract/sessions';
import type { Db } from '../../db/vault';
import { createSession, lastSession, listSessions, setSessionDeleted, updateSession } from './sessions';

export function sessionHandlers(db: () => Db): HandlersFor<typeof sessionChannels> {
  return {
    'sessions.list': (i) => listSessions(db(), i),
    'sessions.last': (i) => lastSession(db(), i.superviseeId),
    'sessions.create': (i) => createSession(db(), i),
    'sessions.update': (i) => updateSession(db(), i.id, i.patch),
    'sessions.delete': (i) => ({ id: setSessionDeleted(db(), i.id, true).id }),
    'sessions.restore': (i) => setSessionDeleted(db(), i.id, false),
  };
}
