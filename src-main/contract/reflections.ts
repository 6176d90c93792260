// Reflective questions: prompt sets (built-in, in our own words, versioned as data) and the answers a
// supervisor keeps, each with the prompt's text as it was asked, the set and its version, and its
// links (a session, a case).
import { z } from 'zod';
import type { ChannelTable } from './channel-table';
import { id, text } from './common';
import { caseCode } from './notes';

export const promptSet = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string(),
  // Which reflective model it follows, as DOMAIN.md names them.
  model: z.string(),
  version: z.string(),
  prompts: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), text: z.string() })).min(1),
});
export type PromptSet = z.infer<typeof promptSet>;

export const reflectionInput = z.strictObject({
  superviseeId: id,
  setId: promptSet.shape.id,
  sessionId: id.nullable().default(null),
  caseCode: caseCode.nullable().default(null),
  answers: z
    .array(z.strictObject({ promptId: z.string().max(40), answer: text(8000) }))
    .min(1, 'Answer at least one prompt.')
    .max(20),
});
export type ReflectionInput = z.output<typeof reflectionInput>;

export const reflection = z.strictObject({
  id,
  superviseeId: id,
  sessionId: id.nullable(),
  caseCode: z.string().nullable(),
  setId: z.string(),
  setVersion: z.string(),
  promptId: z.string(),
  promptText: z.string(),
  answer: z.string(),
  createdAt: z.string(),
});
export type Reflection = z.infer<typeof reflection>;

export const reflectionChannels = {
  'reflections.sets': { input: z.strictObject({}), output: z.array(promptSet) },
  // Saves the answered prompts of one sitting; empty answers are left out.
  'reflections.save': { input: reflectionInput, output: z.array(reflection) },
  // A supervisee's answers, newest first; to one set's prompt only, to follow it over time.
  'reflections.list': {
    input: z.strictObject({
      superviseeId: id,
      setId: z.string().max(40).optional(),
      promptId: z.string().max(40).optional(),
    }),
    output: z.array(reflection),
  },
} satisfies ChannelTable;
