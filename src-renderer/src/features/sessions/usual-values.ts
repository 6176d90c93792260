// What a supervisee's sessions are usually like: for each field the quick log prefills, the value
// most common over their recent sessions (a tie goes to the more recent). Copying only the last
// session would label a new one by whatever happened to come before it: one group session in a
// run of individual ones must not make the next one a group.
import type { Session } from '../../../../src-main/contract/sessions';

export const RECENT_SESSIONS = 10;
export const USUAL_FIELDS = ['startTime', 'durationMinutes', 'format', 'modality', 'observation', 'site'] as const;
export type UsualField = (typeof USUAL_FIELDS)[number];
export type UsualValues = Pick<Session, UsualField | 'groupSize'>;

// The most common value; `newestFirst` means the first seen wins a tie.
function mode<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const v of values) if ((counts.get(v) ?? 0) > (counts.get(best) ?? 0)) best = v;
  return best;
}

// `sessions` newest first, as main lists them; null when there are none yet.
export function usualValues(sessions: readonly Session[]): UsualValues | null {
  const recent = sessions.slice(0, RECENT_SESSIONS);
  if (!recent.length) return null;
  const format = mode(recent.map((s) => s.format));
  const groups = recent.filter((s) => s.format === 'group').map((s) => s.groupSize);
  return {
    startTime: mode(recent.map((s) => s.startTime)),
    durationMinutes: mode(recent.map((s) => s.durationMinutes)),
    format,
    groupSize: format === 'group' ? mode(groups) : null,
    modality: mode(recent.map((s) => s.modality)),
    observation: mode(recent.map((s) => s.observation)),
    site: mode(recent.map((s) => s.site)),
  };
}
