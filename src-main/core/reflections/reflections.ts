// Answers to reflective questions. The prompt's text and the set's version come from the set as it
// is now (or from the prompt as it was prepared for this meeting), and are stored with the answer:
// the record says what was asked, whatever the set says later.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import { MAX_ANSWERS_PER_SESSION, type Reflection, type ReflectionInput } from '../../contract/reflections';
import { preparedPrompts, reflections } from './tables';
import { goalSupervisee } from '../agreements/goal-ref';
import { sessionRef } from '../sessions/session-ref';
import { countWhere } from '../../db/count';
import type { Db } from '../../db/vault';
import { reflectionDraftStore } from '../drafts/drafts';
import { localToday } from '../../contract/dates';
import { assertHappened } from '../shared/happened-on';
import { getSupervisee } from '../supervisees/supervisees';
import { findPromptSet } from './prompt-sets';

export function assertOwnSession(db: Db, superviseeId: string, sessionId: string): void {
  if (sessionRef(db, sessionId)?.superviseeId !== superviseeId)
    throw invalid(issue('sessionId', 'That session is not one of this supervisee’s.'));
}

const sessionDay = (db: Db, sessionId: string | null): string | undefined =>
  sessionId ? sessionRef(db, sessionId, { deleted: true })?.date : undefined;

export function saveReflections(db: Db, input: ReflectionInput, now = new Date()): Reflection[] {
  getSupervisee(db, input.superviseeId);
  const set = findPromptSet(db, input.setId);
  if (!set) throw invalid(issue('setId', 'There is no prompt set with that name.'));
  if (input.sessionId) assertOwnSession(db, input.superviseeId, input.sessionId);
  const reflectedOn = input.reflectedOn ?? sessionDay(db, input.sessionId) ?? localToday(now);
  assertHappened('reflectedOn', reflectedOn, 'The day of the reflection', now);
  if (input.goalId && goalSupervisee(db, input.goalId) !== input.superviseeId)
    throw invalid(issue('goalId', 'That goal is not one of this supervisee’s.'));
  const rows = input.answers.flatMap((a, i) => {
    let asked: {
      setId: string;
      setVersion: string;
      promptId: string;
      promptText: string;
    };
    if (a.preparedId) {
      const p = db.select().from(preparedPrompts).where(eq(preparedPrompts.id, a.preparedId)).get();
      if (p?.superviseeId !== input.superviseeId)
        throw invalid(issue(['answers', i, 'preparedId'], 'That prompt was not prepared for this supervisee.'));
      asked = p;
    } else {
      if (set.retired) throw invalid(issue('setId', 'That prompt set is retired; bring it back to answer it.'));
      const prompt = set.prompts.find((p) => p.id === a.promptId);
      if (!prompt) throw invalid(issue(['answers', i, 'promptId'], 'That prompt is not in this set.'));
      asked = {
        setId: set.id,
        setVersion: set.version,
        promptId: prompt.id,
        promptText: prompt.text,
      };
    }
    if (!a.answer) return [];
    return [
      {
        id: randomUUID(),
        superviseeId: input.superviseeId,
        sessionId: input.sessionId,
        caseCode: input.caseCode,
        goalId: input.goalId,
        ...asked,
        answer: a.answer,
        themes: input.themes,
        reflectedOn,
        createdAt: now.toISOString(),
      },
    ];
  });
  if (!rows.length) throw invalid(issue('answers', 'Answer at least one prompt.'));
  if (input.sessionId) {
    const before = countWhere(db, reflections, eq(reflections.sessionId, input.sessionId));
    if (before + rows.length > MAX_ANSWERS_PER_SESSION)
      throw invalid(issue('sessionId', `At most ${MAX_ANSWERS_PER_SESSION} answers can belong to one session.`));
  }
  db.transaction((tx) => {
    tx.insert(reflections).values(rows).run();
    // The answers are kept: the draft they were typed into has done its work.
    reflectionDraftStore.discard(tx, { superviseeId: input.superviseeId, setId: input.setId });
  });
  return rows;
}

export function tagReflection(db: Db, id: string, themes: string[]): Reflection {
  const row = db.select().from(reflections).where(eq(reflections.id, id)).get();
  if (!row) throw new AppError('not_found', 'That answer was not found.');
  db.update(reflections).set({ themes }).where(eq(reflections.id, id)).run();
  return { ...row, themes };
}

export function listReflections(
  db: Db,
  superviseeId: string,
  filter: { setId?: string; promptId?: string; theme?: string; goalId?: string } = {},
): Reflection[] {
  return db
    .select()
    .from(reflections)
    .where(
      and(
        eq(reflections.superviseeId, superviseeId),
        filter.setId ? eq(reflections.setId, filter.setId) : undefined,
        filter.promptId ? eq(reflections.promptId, filter.promptId) : undefined,
        filter.goalId ? eq(reflections.goalId, filter.goalId) : undefined,
        filter.theme
          ? sql`exists (select 1 from json_each(${reflections.themes}) where value = ${filter.theme})`
          : undefined,
      ),
    )
    .orderBy(desc(reflections.reflectedOn), desc(reflections.createdAt), reflections.id)
    .limit(500)
    .all();
}

export function reflectionThemes(db: Db, superviseeId: string): { theme: string; count: number }[] {
  getSupervisee(db, superviseeId);
  return db.all<{ theme: string; count: number }>(sql`
    select t.value as theme, count(*) as count from reflections r, json_each(r.themes) t
    where r.supervisee_id = ${superviseeId} group by t.value order by count(*) desc, t.value`);
}
