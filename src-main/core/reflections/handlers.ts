import type { HandlersFor } from '../../contract/channel-table';
import type { reflectionChannels } from '../../contract/reflections';
import type { Db } from '../../db/vault';
import { askUser, type FilePort } from '../shared/file-port';
import { listPrepared, preparePrompts, unprepare } from './prepared';
import { createPromptSet, listPromptSets, retirePromptSet, updatePromptSet } from './prompt-sets';
import { listReflections, reflectionThemes, saveReflections, tagReflection } from './reflections';
import { exportPromptSheet } from './sheet-export';
import { answerSupervisor, fromSupervisor } from './exchange-prompts';

export function reflectionHandlers(db: () => Db, files: FilePort): HandlersFor<typeof reflectionChannels> {
  return {
    'reflections.sets': (i) => listPromptSets(db(), i.includeRetired),
    'reflections.createSet': (i) => createPromptSet(db(), i),
    'reflections.updateSet': (i) => updatePromptSet(db(), i),
    'reflections.retireSet': (i) => retirePromptSet(db(), i.id, i.retired),
    'reflections.save': (i) => saveReflections(db(), i),
    'reflections.tag': (i) => tagReflection(db(), i.id, i.themes),
    'reflections.list': (i) => listReflections(db(), i.superviseeId, i),
    'reflections.themes': (i) => reflectionThemes(db(), i.superviseeId),
    'reflections.prepare': (i) => preparePrompts(db(), i.superviseeId, i.prompts),
    'reflections.prepared': (i) => listPrepared(db(), i.superviseeId, i.sessionId),
    'reflections.unprepare': (i) => {
      unprepare(db(), i.id);
      return { done: true as const };
    },
    'reflections.fromSupervisor': (i) => fromSupervisor(db(), i.superviseeId),
    'reflections.answerSupervisor': (i) => answerSupervisor(db(), i),
    'reflections.sheetPdf': async (i) => ({
      path: (await exportPromptSheet(db, askUser(files, db), i)).path,
    }),
  };
}
