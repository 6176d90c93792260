// Reflective questions: prompt sets (built-in ones in our own words, versioned as data, and the
// supervisor's own), the answers a supervisor keeps, each with the prompt's text as it was asked,
// the set and its version, its links (a session, a case) and theme tags, and prompts prepared for a
// supervisee's next meeting.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, id, isoDate, savedFile, text } from './common';
import { caseCode } from './notes';

export const setId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Not a prompt set.');
export const promptId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Not a prompt.');

export const promptSet = z.strictObject({
  id: setId,
  name: z.string(),
  // Which reflective model it follows, as docs/domain.md names them ("Own questions" for the user's).
  model: z.string(),
  version: z.string(),
  prompts: z.array(z.strictObject({ id: promptId, text: z.string() })).min(1),
  builtIn: z.boolean(),
  retired: z.boolean(),
});
export type PromptSet = z.infer<typeof promptSet>;
// A built-in set as shipped (builtIn and retired are added when it is listed).
export type BuiltinPromptSet = Omit<PromptSet, 'builtIn' | 'retired'>;

export const MAX_PROMPTS = 20;
// Answers that may belong to one session, and prompts that may wait for (or be taken up by) one.
export const MAX_ANSWERS_PER_SESSION = 100;
export const MAX_PREPARED_PER_SESSION = 20;
// One theme tag: a short word or two, as typed; kept lower-case so "Boundaries" and "boundaries" meet.
export const theme = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'A theme needs a word.')
  .max(40, 'Keep a theme under 40 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u, 'Use letters, digits, spaces or dashes in a theme.');
export const themes = z
  .array(theme)
  .max(12, 'Twelve themes at most.')
  .transform((t) => [...new Set(t)]);

// The supervisor's own set as typed. An existing prompt keeps its id, so its answers stay one history.
export const ownSetInput = z.strictObject({
  name: text(120).min(1, 'Give the set a name.'),
  model: text(120).default(''),
  prompts: z
    .array(
      z.strictObject({
        id: promptId.optional(),
        text: text(500).min(1, 'A prompt cannot be empty.'),
      }),
    )
    .min(1, 'A set needs at least one prompt.')
    .max(MAX_PROMPTS, `A set holds at most ${MAX_PROMPTS} prompts.`),
});
export type OwnSetInput = z.output<typeof ownSetInput>;

export const reflectionInput = z.strictObject({
  superviseeId: id,
  setId,
  sessionId: id.nullable().default(null),
  caseCode: caseCode.nullable().default(null),
  // A goal of the supervisee's agreement it is about.
  goalId: id.nullable().default(null),
  themes: themes.default([]),
  // The day the reflection is about: when not given, the session's day, or today (local calendar).
  reflectedOn: isoDate.optional(),
  answers: z
    .array(
      z.strictObject({
        promptId,
        answer: text(8000),
        // An answer to a prompt prepared for this meeting: its set, text and version come from there.
        preparedId: id.optional(),
      }),
    )
    .min(1, 'Answer at least one prompt.')
    .max(MAX_PROMPTS),
});
export type ReflectionInput = z.output<typeof reflectionInput>;

export const reflection = z.strictObject({
  id,
  superviseeId: id,
  sessionId: id.nullable(),
  caseCode: z.string().nullable(),
  goalId: id.nullable(),
  setId: z.string(),
  setVersion: z.string(),
  promptId: z.string(),
  promptText: z.string(),
  answer: z.string(),
  themes: z.array(z.string()),
  reflectedOn: z.string(),
  createdAt: z.string(),
});
export type Reflection = z.infer<typeof reflection>;

export const preparedPrompt = z.strictObject({
  id,
  superviseeId: id,
  // Null while it waits for the next session to be logged.
  sessionId: id.nullable(),
  setId: z.string(),
  setVersion: z.string(),
  promptId: z.string(),
  promptText: z.string(),
  createdAt: z.string(),
});
export type PreparedPrompt = z.infer<typeof preparedPrompt>;

// In a supervisee's vault: the prompts their supervisor sent (the newest packet of them), each with
// the answer given to it here since, and the answers as typed.
const sentPrompt = z.strictObject({
  setId: z.string(),
  setName: z.string(),
  setVersion: z.string(),
  promptId: z.string(),
  promptText: z.string(),
  answer: z.string().nullable(),
});
export const fromSupervisor = z.strictObject({ receivedAt: z.string(), prompts: z.array(sentPrompt) });
export type FromSupervisor = z.infer<typeof fromSupervisor>;
export const answerSupervisorInput = z.strictObject({
  superviseeId: id,
  reflectedOn: isoDate.optional(),
  answers: z
    .array(z.strictObject({ setId, promptId, answer: text(8000) }))
    .min(1, 'Answer at least one prompt.')
    .max(MAX_PREPARED_PER_SESSION),
});
export type AnswerSupervisorInput = z.output<typeof answerSupervisorInput>;

export const reflectionChannels = {
  // Built-in sets first, then the supervisor's own; retired ones only when asked for.
  'reflections.sets': {
    reads: ['prompt_sets'],
    input: z.strictObject({ includeRetired: z.boolean().default(false) }),
    output: z.array(promptSet),
  },
  'reflections.createSet': { input: ownSetInput, output: promptSet },
  // Editing makes a new version; built-in sets cannot be edited.
  'reflections.updateSet': {
    input: ownSetInput.extend({ id: setId }),
    output: promptSet,
  },
  // Retire (or bring back) one of the supervisor's own sets.
  'reflections.retireSet': {
    input: z.strictObject({ id: setId, retired: z.boolean() }),
    output: promptSet,
  },
  // Saves the answered prompts of one sitting; empty answers are left out.
  'reflections.save': { input: reflectionInput, output: z.array(reflection) },
  // Replaces one answer's theme tags.
  'reflections.tag': {
    input: z.strictObject({ id, themes }),
    output: reflection,
  },
  // A supervisee's answers, newest first; to one set's prompt only, to follow it over time; with a theme.
  'reflections.list': {
    reads: ['reflections'],
    input: z.strictObject({
      superviseeId: id,
      setId: setId.optional(),
      promptId: promptId.optional(),
      theme: theme.optional(),
      goalId: id.optional(),
    }),
    output: z.array(reflection),
  },
  // The themes a supervisee's answers carry, most used first.
  'reflections.themes': {
    reads: ['reflections'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(z.strictObject({ theme: z.string(), count: z.number().int() })),
  },
  // Choose prompts for a supervisee's next meeting (added to any already waiting).
  'reflections.prepare': {
    input: z.strictObject({
      superviseeId: id,
      prompts: z.array(z.strictObject({ setId, promptId })).min(1, 'Choose at least one prompt.').max(MAX_PROMPTS),
    }),
    output: z.array(preparedPrompt),
  },
  // Prompts waiting for the next session, and those a logged session took up (that session's only
  // when one is named).
  'reflections.prepared': {
    input: z.strictObject({
      superviseeId: id,
      sessionId: id.nullable().default(null),
    }),
    output: z.array(preparedPrompt),
    // A logged session takes the waiting prompts up: it writes their rows.
    reads: ['prepared_prompts'],
  },
  'reflections.unprepare': { input: z.strictObject({ id }), output: done },
  // A supervisee's vault: the prompts their supervisor sent, and answering them.
  'reflections.fromSupervisor': {
    reads: ['exchange_peers', 'exchange_packets', 'reflections'],
    input: z.strictObject({ superviseeId: id }),
    output: fromSupervisor.nullable(),
  },
  'reflections.answerSupervisor': { input: answerSupervisorInput, output: z.array(reflection) },
  // A prompt sheet to print for the supervisee to fill in by hand: the prompts waiting for the next
  // meeting, or a whole set.
  'reflections.sheetPdf': {
    input: z.strictObject({
      superviseeId: id,
      setId: setId.optional(),
      date: isoDate.optional(),
    }),
    output: savedFile,
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const reflectionsExamples = (ids: ExampleIds): ExamplesFor<typeof reflectionChannels> => ({
  'reflections.sets': { includeRetired: true },
  'reflections.createSet': {
    name: 'Mine',
    model: 'Solution-focused',
    prompts: [{ text: 'What went well?' }],
  },
  'reflections.updateSet': {
    id: 'gibbs',
    name: 'Mine',
    prompts: [{ id: 'p1', text: 'What went well?' }],
  },
  'reflections.retireSet': { id: 'gibbs', retired: true },
  'reflections.tag': { id: ids.supervisee, themes: ['boundaries', 'self-care'] },
  'reflections.themes': { superviseeId: ids.supervisee },
  'reflections.prepare': {
    superviseeId: ids.supervisee,
    prompts: [{ setId: 'gibbs', promptId: 'feeling' }],
  },
  'reflections.prepared': { superviseeId: ids.supervisee, sessionId: ids.session },
  'reflections.unprepare': { id: ids.supervisee },
  'reflections.fromSupervisor': { superviseeId: ids.supervisee },
  'reflections.answerSupervisor': {
    superviseeId: ids.supervisee,
    reflectedOn: '2026-03-02',
    answers: [{ setId: 'gibbs', promptId: 'feeling', answer: 'Steadier than last month' }],
  },
  'reflections.sheetPdf': {
    superviseeId: ids.supervisee,
    setId: 'gibbs',
    date: '2026-03-02',
  },
  'reflections.save': {
    superviseeId: ids.supervisee,
    setId: 'gibbs',
    sessionId: ids.session,
    caseCode: 'C-1',
    goalId: ids.supervisee,
    themes: ['relief'],
    answers: [
      {
        promptId: 'feeling',
        answer: 'Anxious, then relieved',
        preparedId: ids.supervisee,
      },
    ],
  },
  'reflections.list': {
    superviseeId: ids.supervisee,
    setId: 'gibbs',
    promptId: 'feeling',
    theme: 'relief',
    goalId: ids.supervisee,
  },
});
