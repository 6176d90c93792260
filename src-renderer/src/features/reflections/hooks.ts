// Reflections' reads and writes. What a write changes (a supervisee's history and themes, the sets,
// what waits for the next meeting) is read again because those reads' contracts name the tables it
// touched (api/queries.ts).
import { useRead, useWrite } from '../../api/queries';

export const usePromptSets = (includeRetired = false) => useRead('reflections.sets', { includeRetired });
export const usePrepared = (superviseeId: string, sessionId: string | null = null) =>
  useRead('reflections.prepared', { superviseeId, sessionId }, { enabled: !!superviseeId });
export const useThemes = (superviseeId: string) =>
  useRead('reflections.themes', { superviseeId }, { enabled: !!superviseeId });

export const useSaveAnswers = () => useWrite('reflections.save');
export const useTagAnswer = () => useWrite('reflections.tag');
export const useCreateSet = () => useWrite('reflections.createSet');
export const useUpdateSet = () => useWrite('reflections.updateSet');
export const useRetireSet = () => useWrite('reflections.retireSet');
export const usePrepare = () => useWrite('reflections.prepare');
export const useUnprepare = () => useWrite('reflections.unprepare');
