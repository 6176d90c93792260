// Prompts prepared for a supervisee's next meeting. They wait (no session) until that supervisee's
// next session is logged, which takes them up: the quick-log form shows the waiting ones, and the
// Reflect view offers them for the session that took them up.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import { MAX_PREPARED_PER_SESSION, type PreparedPrompt } from '../../contract/reflections';
import { preparedPrompts } from './tables';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';
import { findPromptSet } from './prompt-sets';
import { assertOwnSession } from './reflections';

export function preparePrompts(
  db: Db,
  superviseeId: string,
  prompts: { setId: string; promptId: string }[],
  now = new Date(),
): PreparedPrompt[] {
  getSupervisee(db, superviseeId);
  const waiting = listPrepared(db, superviseeId, null);
  const rows = prompts.flatMap((p, i) => {
    const set = findPromptSet(db, p.setId);
    const prompt = set?.prompts.find((x) => x.id === p.promptId);
    if (!set || !prompt) throw invalid(issue(['prompts', i], 'That prompt is not in that set.'));
    if (set.retired) throw invalid(issue(['prompts', i], 'That prompt set is retired.'));
    // Choosing a prompt already waiting keeps the one there.
    if (waiting.some((w) => w.setId === set.id && w.promptId === prompt.id)) return [];
    return [
      {
        id: randomUUID(),
        superviseeId,
        sessionId: null,
        setId: set.id,
        setVersion: set.version,
        promptId: prompt.id,
        promptText: prompt.text,
        createdAt: now.toISOString(),
      },
    ];
  });
  if (waiting.length + rows.length > MAX_PREPARED_PER_SESSION)
    throw invalid(issue('prompts', `At most ${MAX_PREPARED_PER_SESSION} prompts can wait for one meeting.`));
  if (rows.length) db.insert(preparedPrompts).values(rows).run();
  return listPrepared(db, superviseeId, null);
}

// Waiting prompts (sessionId null), or those a session took up, in the order they were chosen.
export function listPrepared(db: Db, superviseeId: string, sessionId: string | null): PreparedPrompt[] {
  getSupervisee(db, superviseeId);
  if (sessionId) assertOwnSession(db, superviseeId, sessionId);
  return db
    .select()
    .from(preparedPrompts)
    .where(
      and(
        eq(preparedPrompts.superviseeId, superviseeId),
        sessionId ? eq(preparedPrompts.sessionId, sessionId) : isNull(preparedPrompts.sessionId),
      ),
    )
    .orderBy(asc(preparedPrompts.createdAt), sql`rowid`)
    .all();
}

export function unprepare(db: Db, id: string): void {
  const r = db.delete(preparedPrompts).where(eq(preparedPrompts.id, id)).run();
  if (!r.changes) throw new AppError('not_found', 'That prepared prompt was not found.');
}

// Called in the transaction that logs a session: the supervisee's waiting prompts prepared on or
// before the session's day become that session's. A session logged for an earlier day (catching up
// on an old meeting) leaves prompts prepared after it waiting.
export function takeUpPrepared(db: Db, superviseeId: string, sessionId: string, sessionDate: string): void {
  const dayAfter = new Date(`${sessionDate}T00:00:00`);
  dayAfter.setDate(dayAfter.getDate() + 1);
  db.update(preparedPrompts)
    .set({ sessionId })
    .where(
      and(
        eq(preparedPrompts.superviseeId, superviseeId),
        isNull(preparedPrompts.sessionId),
        lt(preparedPrompts.createdAt, dayAfter.toISOString()),
      ),
    )
    .run();
}
