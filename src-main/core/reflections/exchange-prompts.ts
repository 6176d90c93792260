// The reflections feature's packets (docs/exchange.md): the prompts a supervisor prepared for the
// next meeting, sent to the supervisee; and the supervisee's answers, sent back and kept in the
// supervisor's vault as that supervisee's reflections, each with the prompt as it was asked.
import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { isoDate, text } from '../../contract/common';
import { addDays, localToday } from '../../contract/dates';
import { AppError, invalid, issue } from '../../contract/errors';
import {
  MAX_PREPARED_PER_SESSION,
  MAX_PROMPTS,
  promptId,
  setId,
  type AnswerSupervisorInput,
  type FromSupervisor,
  type Reflection,
} from '../../contract/reflections';
import type { Db } from '../../db/vault';
import { defineExchangeKind } from '../exchange/exchange-part';
import { holdsRow } from '../exchange/holds-row';
import { receivedOfKind } from '../exchange/received';
import { getSupervisee } from '../supervisees/supervisees';
import { assertHappened } from '../shared/happened-on';
import { listPrepared } from './prepared';
import { findPromptSet } from './prompt-sets';
import { promptSets, reflections } from './tables';
import { BUILTIN_PROMPT_SETS } from './builtin';

const asked = z.strictObject({
  setId,
  setName: text(120),
  setVersion: z.string().max(20),
  promptId,
  promptText: text(500).min(1),
});
type Asked = z.output<typeof asked>;
const sameQuestion = (a: Asked | Reflection, b: Asked | Reflection) =>
  a.setId === b.setId && a.promptId === b.promptId && a.promptText === b.promptText;

export const promptRecords = z.strictObject({
  prompts: z
    .array(asked)
    .min(1, 'No prompts wait for their next meeting: choose some under "Prepare for the next meeting" on Reflect.')
    .max(MAX_PREPARED_PER_SESSION),
});
type PromptRecords = z.output<typeof promptRecords>;

export const promptsKind = defineExchangeKind({
  kind: 'prompts',
  label: 'prompts for the next meeting',
  records: promptRecords,
  build: (db, superviseeId): PromptRecords => ({
    prompts: listPrepared(db, superviseeId, null).map((p) => ({
      setId: p.setId,
      setName: findPromptSet(db, p.setId)?.name ?? p.setId,
      setVersion: p.setVersion,
      promptId: p.promptId,
      promptText: p.promptText,
    })),
  }),
  preview: (r: PromptRecords) => [
    `${plural(r.prompts.length, 'prompt')} from your supervisor to think about before your next meeting:`,
    ...r.prompts.map((p) => p.promptText),
    'Answer them on Reflect, then send your answers back.',
  ],
});

// The prompts of the newest prompts packet from the supervisor, each with the answer given to it in
// this vault since the packet arrived, if any.
export function fromSupervisor(db: Db, superviseeId: string): FromSupervisor | null {
  getSupervisee(db, superviseeId);
  const latest = receivedOfKind(db, superviseeId, 'prompts')[0];
  if (!latest) return null;
  const { prompts } = promptRecords.parse(latest.records);
  const given = answersSince(db, superviseeId, latest.at);
  return {
    receivedAt: latest.at,
    prompts: prompts.map((p) => ({ ...p, answer: given.find((g) => sameQuestion(g, p))?.answer ?? null })),
  };
}

// Newest first: the answers kept in this vault since `at`.
const answersSince = (db: Db, superviseeId: string, at: string) =>
  db
    .select()
    .from(reflections)
    .where(and(eq(reflections.superviseeId, superviseeId), gte(reflections.createdAt, at)))
    .all()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

// The supervisee answers what their supervisor sent; the answers are kept as reflections here, with
// the prompt as it was asked (their vault need not hold the supervisor's own set).
export function answerSupervisor(db: Db, input: AnswerSupervisorInput, now = new Date()): Reflection[] {
  const sent = fromSupervisor(db, input.superviseeId);
  if (!sent) throw new AppError('not_found', 'Your supervisor has sent no prompts to answer.');
  const reflectedOn = input.reflectedOn ?? localToday(now);
  assertHappened('reflectedOn', reflectedOn, 'The day of the reflection', now);
  const rows = input.answers.flatMap((a, i) => {
    const p = sent.prompts.find((x) => x.setId === a.setId && x.promptId === a.promptId);
    if (!p) throw invalid(issue(['answers', i, 'promptId'], 'That prompt is not among those your supervisor sent.'));
    return a.answer ? [reflectionRow(input.superviseeId, p, a.answer, reflectedOn, now)] : [];
  });
  if (!rows.length) throw invalid(issue('answers', 'Answer at least one prompt.'));
  db.insert(reflections).values(rows).run();
  return rows;
}

const reflectionRow = (superviseeId: string, p: Asked, answer: string, reflectedOn: string, now: Date) => ({
  id: randomUUID(),
  superviseeId,
  sessionId: null,
  caseCode: null,
  goalId: null,
  setId: p.setId,
  setVersion: p.setVersion,
  promptId: p.promptId,
  promptText: p.promptText,
  answer,
  themes: [],
  reflectedOn,
  createdAt: now.toISOString(),
});

// A sitting or two of answers at most: more waits for the next packet.
const MAX_ANSWERS_PER_PACKET = 100;

export const answerRecords = z.strictObject({
  answers: z
    .array(asked.extend({ answer: text(8000).min(1), answeredOn: isoDate }))
    .min(1, 'Answer the prompts your supervisor sent first (on Reflect), then send the answers.')
    .max(MAX_ANSWERS_PER_PACKET),
});
type AnswerRecords = z.output<typeof answerRecords>;

// In the supervisor's vault: is this answer already kept (the same packet content sent twice)?
const alreadyKept = (db: Db, superviseeId: string, a: AnswerRecords['answers'][number]) =>
  holdsRow(db, reflections, {
    superviseeId,
    setId: a.setId,
    promptId: a.promptId,
    reflectedOn: a.answeredOn,
    answer: a.answer,
  });

export const answersKind = defineExchangeKind({
  kind: 'answers',
  label: 'answers to prompts',
  records: answerRecords,
  // The answers to the newest prompts received, and those given here to the prompt sets the
  // supervisor sent, since each arrived (the supervisor's vault passes over any it already holds).
  build: (db, superviseeId): AnswerRecords => {
    const sent = fromSupervisor(db, superviseeId);
    const sets = receivedSets(db, superviseeId);
    if (!sent && !sets.length) throw new AppError('not_found', 'Your supervisor has sent no prompts to answer.');
    const given = sent ? answersSince(db, superviseeId, sent.receivedAt) : [];
    const toPrompts = (sent?.prompts ?? []).flatMap((p) => {
      const a = given.find((g) => sameQuestion(g, p));
      const { answer: _, ...prompt } = p;
      return a ? [{ ...prompt, answer: a.answer, answeredOn: a.reflectedOn }] : [];
    });
    const toSets = sets.flatMap((set) =>
      answersSince(db, superviseeId, set.receivedAt)
        .filter((r) => r.setId === set.id)
        .reverse()
        .map((r) => ({
          setId: r.setId,
          setName: set.name,
          setVersion: r.setVersion,
          promptId: r.promptId,
          promptText: r.promptText,
          answer: r.answer,
          answeredOn: r.reflectedOn,
        })),
    );
    return { answers: [...toPrompts, ...toSets].slice(0, MAX_ANSWERS_PER_PACKET) };
  },
  // A day ahead is allowed: the two may live a time zone apart.
  check: (_db, _id, r: AnswerRecords) => {
    const latest = addDays(localToday(), 1);
    if (r.answers.some((a) => a.answeredOn > latest || a.answeredOn < '1900-01-01'))
      throw new AppError(
        'validation',
        'These answers are dated on a day that has not happened yet. Nothing was added.',
      );
  },
  preview: (r: AnswerRecords) => [
    `${plural(r.answers.length, 'answer')} to the prompts you sent:`,
    ...r.answers.map((a) => `${a.promptText} ${short(a.answer)}`),
  ],
  onOpening: (db, superviseeId, r: AnswerRecords) => {
    const kept = r.answers.filter((a) => alreadyKept(db, superviseeId, a)).length;
    return [
      kept === 1
        ? 'One of these answers is already in your vault and stays as it is.'
        : kept
          ? `${kept} of these answers are already in your vault and stay as they are.`
          : 'Each is kept as their reflection, with the prompt as it was asked.',
    ];
  },
  apply: (db, superviseeId, r: AnswerRecords) => {
    const now = new Date();
    const rows = r.answers
      .filter((a) => !alreadyKept(db, superviseeId, a))
      .map((a) => reflectionRow(superviseeId, a, a.answer, a.answeredOn, now));
    if (rows.length) db.insert(reflections).values(rows).run();
  },
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const short = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);

// The supervisor's own prompt sets, sent whole: the supervisee's vault keeps each as a set it can
// answer on Reflect (same id, so a later version replaces the earlier one), and the answers go back
// in the next answers packet.
const sentSet = z.strictObject({
  id: setId,
  name: text(120).min(1),
  model: text(120),
  version: z.number().int().min(1).max(100_000),
  prompts: z
    .array(z.strictObject({ id: promptId, text: text(500).min(1) }))
    .min(1)
    .max(MAX_PROMPTS),
});
export const promptSetRecords = z.strictObject({
  sets: z
    .array(sentSet)
    .min(1, 'You have no prompt sets of your own to send: make one under “Your prompt sets” on Reflect.')
    .max(200),
});
type PromptSetRecords = z.output<typeof promptSetRecords>;

// The sets received from the supervisor (newest packet for each set), with when each arrived.
function receivedSets(db: Db, superviseeId: string) {
  const seen = new Map<string, PromptSetRecords['sets'][number] & { receivedAt: string }>();
  for (const p of receivedOfKind(db, superviseeId, 'reflection_sets')) {
    const parsed = promptSetRecords.safeParse(p.records);
    if (!parsed.success) continue;
    for (const set of parsed.data.sets) if (!seen.has(set.id)) seen.set(set.id, { ...set, receivedAt: p.at });
  }
  return [...seen.values()];
}

export const promptSetsKind = defineExchangeKind({
  kind: 'reflection_sets',
  label: 'prompt sets',
  records: promptSetRecords,
  build: (db): PromptSetRecords => ({
    sets: db
      .select()
      .from(promptSets)
      .where(isNull(promptSets.retiredAt))
      .all()
      .map((r) => ({ id: r.id, name: r.name, model: r.model, version: r.version, prompts: r.prompts })),
  }),
  // A set id that names a built-in set is not the supervisor's own.
  check: (_db, _id, r: PromptSetRecords) => {
    if (r.sets.some((x) => BUILTIN_PROMPT_SETS.some((b) => b.id === x.id)))
      throw new AppError('validation', 'This packet would replace a built-in prompt set. Nothing was added.');
  },
  preview: (r: PromptSetRecords) => [
    `${plural(r.sets.length, 'prompt set')} from your supervisor, to answer on Reflect:`,
    ...r.sets.map((x) => `${x.name} (version ${x.version}): ${plural(x.prompts.length, 'prompt')}.`),
  ],
  apply: (db, _id, r: PromptSetRecords) => {
    const at = new Date().toISOString();
    for (const x of r.sets) {
      const row = { name: x.name, model: x.model, version: x.version, prompts: x.prompts, retiredAt: null };
      db.insert(promptSets)
        .values({ id: x.id, ...row, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: promptSets.id, set: { ...row, updatedAt: at } })
        .run();
    }
  },
});
