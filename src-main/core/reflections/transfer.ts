// The supervisor's own prompt sets, reflections (answers to prompts) and prompts prepared for a next
// meeting in the JSON export, with the limits of ones made in the app.
import { z } from 'zod';
import { id, isoDate, text } from '../../contract/common';
import { caseCode } from '../../contract/notes';
import {
  MAX_ANSWERS_PER_SESSION,
  MAX_PREPARED_PER_SESSION,
  ownSetInput,
  promptId,
  setId,
  themes,
} from '../../contract/reflections';
import { perParentCap } from '../data-transfer/per-parent';
import { preparedPrompts, promptSets, reflections } from './tables';
import { isoTimestamp, localDayOf } from '../data-transfer/record-fields';
import { featureTransfer, transferList, type ImportContext } from '../data-transfer/transfer-list';
import { BUILTIN_PROMPT_SETS } from './builtin';

const BUILT_IN_SETS = new Set(BUILTIN_PROMPT_SETS.map((s) => s.id));

// Prompt ids are unique within a set.
const importedPromptSet = z.strictObject({
  id: setId,
  name: ownSetInput.shape.name,
  model: text(120),
  version: z.number().int().min(1),
  prompts: z
    .array(z.strictObject({ id: promptId, text: z.string().trim().min(1).max(500) }))
    .min(1)
    .max(20)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'Two prompts have the same id.'),
  retiredAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

// What was asked, as it was asked: the set's id and version and the prompt's own words.
const asked = {
  setId,
  setVersion: z.string().min(1).max(40),
  promptId,
  promptText: z.string().trim().min(1).max(500),
};

const importedReflection = z
  .strictObject({
    id,
    superviseeId: id,
    sessionId: id.nullable(),
    caseCode: caseCode.nullable(),
    goalId: id.nullable(),
    ...asked,
    answer: z.string().trim().min(1, 'An answer cannot be empty.').max(8000),
    themes,
    // Since version 6; earlier files take the local day of createdAt.
    reflectedOn: isoDate.optional(),
    createdAt: isoTimestamp,
  })
  .transform(({ reflectedOn, ...r }) => ({ ...r, reflectedOn: reflectedOn ?? localDayOf(r.createdAt) }));

const importedPrepared = z.strictObject({
  id,
  superviseeId: id,
  sessionId: id.nullable(),
  ...asked,
  createdAt: isoTimestamp,
});

type Asked = { id: string; superviseeId: string; sessionId: string | null; setId: string };

// A reflection or a prepared prompt: its supervisee's, about one of their sessions, from a known set.
function checkAsked(ctx: ImportContext, x: Asked, at: string): void {
  ctx.needsPerson(`${at}.superviseeId`, x.superviseeId);
  if (x.sessionId !== null)
    ctx.belongs('sessions', x.sessionId, x.superviseeId, at, 'sessionId', {
      missing: 'No session with this id in the file or the vault.',
      other: 'This is about a session of another supervisee.',
      inVault: true,
    });
  // A built-in set, one in the file, or one already in the vault.
  ctx.checkNowOrLater(() =>
    BUILT_IN_SETS.has(x.setId) || ctx.known('promptSets', x.setId)
      ? null
      : {
          location: `${at}.setId`,
          message: 'No prompt set with this id in the file, the vault or the built-in sets.',
        },
  );
}

export const reflectionsTransfer = featureTransfer(
  [
    transferList({
      list: 'promptSets',
      table: promptSets,
      record: importedPromptSet,
      limit: 10_000,
      what: 'A prompt set',
    }),
    transferList({
      list: 'reflections',
      table: reflections,
      record: importedReflection,
      limit: 2_000_000,
      what: 'A reflection',
      referenced: true,
    }),
    transferList({
      list: 'preparedPrompts',
      table: preparedPrompts,
      record: importedPrepared,
      limit: 200_000,
      what: 'A prepared prompt',
    }),
  ],
  {
    checks: (ctx) => {
      const answersPerSession = perParentCap(
        ctx,
        MAX_ANSWERS_PER_SESSION,
        `At most ${MAX_ANSWERS_PER_SESSION} answers can belong to one session`,
      );
      const preparedPerSession = perParentCap(
        ctx,
        MAX_PREPARED_PER_SESSION,
        `At most ${MAX_PREPARED_PER_SESSION} prepared prompts can belong to one session`,
      );
      // Waiting prompts (no session yet) are counted per supervisee.
      const waitingPerPerson = perParentCap(
        ctx,
        MAX_PREPARED_PER_SESSION,
        `At most ${MAX_PREPARED_PER_SESSION} prompts can wait for one meeting`,
      );
      return {
        promptSets: (s, at) => {
          if (BUILT_IN_SETS.has(s.id)) ctx.problem(`${at}.id`, 'That is the id of a built-in prompt set.');
        },
        reflections: (r, at) => {
          checkAsked(ctx, r, at);
          answersPerSession(r.sessionId, at, 'sessionId');
          if (r.goalId)
            ctx.belongs('goals', r.goalId, r.superviseeId, at, 'goalId', {
              missing: 'No goal with this id in the file or the vault.',
              other: 'This is about a goal of another supervisee.',
              inVault: true,
            });
        },
        preparedPrompts: (p, at) => {
          checkAsked(ctx, p, at);
          if (p.sessionId === null) waitingPerPerson(p.superviseeId, at, 'sessionId');
          else preparedPerSession(p.sessionId, at, 'sessionId');
        },
      };
    },
  },
);
