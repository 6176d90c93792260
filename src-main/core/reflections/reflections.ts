// Answers to reflective questions. The prompt's text and the set's version come from the set as it
// is now, and are stored with the answer: the record says what was asked, whatever the set says later.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { invalid, issue } from '../../contract/errors';
import type { PromptSet, Reflection, ReflectionInput } from '../../contract/reflections';
import { reflections, supervisionSessions } from '../../db/schema';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';
import { BUILTIN_PROMPT_SETS } from './builtin';

export const promptSets = (): PromptSet[] => BUILTIN_PROMPT_SETS;

export function saveReflections(db: Db, input: ReflectionInput, now = new Date()): Reflection[] {
  getSupervisee(db, input.superviseeId);
  const set = BUILTIN_PROMPT_SETS.find((s) => s.id === input.setId);
  if (!set) throw invalid(issue('setId', 'There is no prompt set with that name.'));
  if (input.sessionId) {
    const s = db
      .select({ superviseeId: supervisionSessions.superviseeId })
      .from(supervisionSessions)
      .where(and(eq(supervisionSessions.id, input.sessionId), isNull(supervisionSessions.deletedAt)))
      .get();
    if (s?.superviseeId !== input.superviseeId)
      throw invalid(issue('sessionId', 'That session is not one of this supervisee’s.'));
  }
  const rows = input.answers.flatMap((a, i) => {
    const prompt = set.prompts.find((p) => p.id === a.promptId);
    if (!prompt) throw invalid(issue(['answers', i, 'promptId'], 'That prompt is not in this set.'));
    if (!a.answer) return [];
    return [
      {
        id: randomUUID(),
        superviseeId: input.superviseeId,
        sessionId: input.sessionId,
        caseCode: input.caseCode,
        setId: set.id,
        setVersion: set.version,
        promptId: prompt.id,
        promptText: prompt.text,
        answer: a.answer,
        createdAt: now.toISOString(),
      },
    ];
  });
  if (!rows.length) throw invalid(issue('answers', 'Answer at least one prompt.'));
  db.insert(reflections).values(rows).run();
  return rows;
}

export function listReflections(
  db: Db,
  superviseeId: string,
  filter: { setId?: string; promptId?: string } = {},
): Reflection[] {
  return db
    .select()
    .from(reflections)
    .where(
      and(
        eq(reflections.superviseeId, superviseeId),
        filter.setId ? eq(reflections.setId, filter.setId) : undefined,
        filter.promptId ? eq(reflections.promptId, filter.promptId) : undefined,
      ),
    )
    .orderBy(desc(reflections.createdAt), reflections.id)
    .limit(500)
    .all();
}
