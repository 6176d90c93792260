import type { allianceChannels } from '../../contract/alliance';
import type { HandlersFor } from '../../contract/channel-table';
import type { Db } from '../../db/vault';
import { createCheckin, deleteCheckin, listCheckins } from './checkins';
import { addMember, listConstellation, removeMember, updateMember } from './constellation';
import { createFeedback, deleteFeedback, listFeedback, updateFeedback } from './feedback';

const done = { done: true as const };

export function allianceHandlers(db: () => Db): HandlersFor<typeof allianceChannels> {
  return {
    'checkins.list': (i) => listCheckins(db(), i.superviseeId),
    'checkins.create': (i) => createCheckin(db(), i),
    'checkins.delete': (i) => (deleteCheckin(db(), i.id), done),
    'feedback.list': (i) => listFeedback(db(), i.superviseeId),
    'feedback.create': (i) => createFeedback(db(), i),
    'feedback.update': ({ id, ...fields }) => updateFeedback(db(), id, fields),
    'feedback.delete': (i) => (deleteFeedback(db(), i.id), done),
    'constellation.list': (i) => listConstellation(db(), i.superviseeId),
    'constellation.add': (i) => addMember(db(), i),
    'constellation.update': ({ id, ...fields }) => updateMember(db(), id, fields),
    'constellation.remove': (i) => (removeMember(db(), i.id), done),
  };
}
