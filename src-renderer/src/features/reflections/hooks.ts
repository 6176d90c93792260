// Reflections' reads and writes. Saving answers or tags changes a supervisee's history and themes;
// preparing prompts changes what waits for the next meeting (shown in the quick-log form too).
// Logging a session takes those up: `reflections.prepared` reads the tables that write touches.
import { invalidate, useRead, useWrite } from '../../api/queries';

export const usePromptSets = (includeRetired = false) => useRead('reflections.sets', { includeRetired });
export const usePrepared = (superviseeId: string, sessionId: string | null = null) =>
  useRead('reflections.prepared', { superviseeId, sessionId }, { enabled: !!superviseeId });
export const useThemes = (superviseeId: string) =>
  useRead('reflections.themes', { superviseeId }, { enabled: !!superviseeId });

function answersChanged(): void {
  void invalidate('reflections.list');
  void invalidate('reflections.themes');
}
const setsChanged = () => void invalidate('reflections.sets');
const preparedChanged = () => void invalidate('reflections.prepared');

export const useSaveAnswers = () => useWrite('reflections.save', answersChanged);
export const useTagAnswer = () => useWrite('reflections.tag', answersChanged);
export const useCreateSet = () => useWrite('reflections.createSet', setsChanged);
export const useUpdateSet = () => useWrite('reflections.updateSet', setsChanged);
export const useRetireSet = () => useWrite('reflections.retireSet', setsChanged);
export const usePrepare = () => useWrite('reflections.prepare', preparedChanged);
export const useUnprepare = () => useWrite('reflections.unprepare', preparedChanged);
