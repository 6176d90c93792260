// Drafts of case notes and of reflections, kept inside the vault as they are typed, so nothing is lost to an auto-lock,
// a crash or a click elsewhere. A draft is what the form held, checked only for shape and size
// (it may be half-written); the note's own rules apply when it is saved.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, id } from './common';
import { RISK_FLAGS } from './enums';

const loose = (max: number) => z.string().max(max, `Keep this under ${max} characters.`);

export const noteDraftValues = z.strictObject({
  sessionId: id.nullable(),
  date: loose(10),
  caseCode: loose(16),
  presentingConcern: loose(2000),
  discussion: loose(8000),
  guidance: loose(8000),
  reactions: loose(8000),
  plan: loose(4000),
  riskFlags: z.array(z.enum(RISK_FLAGS)).max(RISK_FLAGS.length),
  identifiersReason: loose(500).nullable(),
  actions: z
    .array(
      z.strictObject({
        id: id.optional(),
        text: loose(500),
        due: loose(10).nullable(),
        done: z.boolean(),
        // Drafts kept before the day an item was done could be set have none.
        doneOn: loose(10).nullable().optional(),
      }),
    )
    .max(30),
});
export type NoteDraftValues = z.infer<typeof noteDraftValues>;

// Which note a draft is of: a new note for a supervisee (noteId null) or an existing note.
export const draftKey = z.strictObject({ superviseeId: id, noteId: id.nullable() });
export type DraftKey = z.infer<typeof draftKey>;

export const noteDraft = z.strictObject({
  superviseeId: id,
  noteId: id.nullable(),
  values: noteDraftValues,
  updatedAt: z.string(),
});
export type NoteDraft = z.infer<typeof noteDraft>;

// A Reflect form half answered: its choices and each box's words, keyed by the box (a prompt of the
// set, or a prompt prepared for the chosen session).
export const reflectionDraftValues = z.strictObject({
  sessionId: id.nullable(),
  caseCode: loose(16),
  goalId: id.nullable(),
  themes: loose(400),
  answers: z.record(z.string().max(80), loose(8000)).refine((a) => Object.keys(a).length <= 60, 'Too many answers.'),
});
export type ReflectionDraftValues = z.infer<typeof reflectionDraftValues>;
export const reflectionDraftKey = z.strictObject({ superviseeId: id, setId: z.string().regex(/^[a-z0-9-]{1,40}$/i) });
export type ReflectionDraftKey = z.infer<typeof reflectionDraftKey>;
export const reflectionDraft = reflectionDraftKey.extend({ values: reflectionDraftValues, updatedAt: z.string() });
export type ReflectionDraft = z.infer<typeof reflectionDraft>;

export const draftChannels = {
  'drafts.get': { reads: ['note_drafts'], input: draftKey, output: noteDraft.nullable() },
  'drafts.save': { input: draftKey.extend({ values: noteDraftValues }), output: noteDraft },
  'drafts.discard': { input: draftKey, output: done },
  'drafts.reflectionGet': {
    reads: ['reflection_drafts'],
    input: reflectionDraftKey,
    output: reflectionDraft.nullable(),
  },
  'drafts.reflectionSave': {
    input: reflectionDraftKey.extend({ values: reflectionDraftValues }),
    output: reflectionDraft,
  },
  'drafts.reflectionDiscard': { input: reflectionDraftKey, output: done },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const draftsExamples = (ids: ExampleIds): ExamplesFor<typeof draftChannels> => ({
  'drafts.reflectionGet': { superviseeId: ids.supervisee, setId: 'gibbs' },
  'drafts.reflectionSave': {
    superviseeId: ids.supervisee,
    setId: 'gibbs',
    values: {
      sessionId: null,
      caseCode: 'C-1',
      goalId: null,
      themes: 'pacing',
      answers: { 'gibbs-feeling': 'Rushed' },
    },
  },
  'drafts.reflectionDiscard': { superviseeId: ids.supervisee, setId: 'gibbs' },
  'drafts.get': { superviseeId: ids.supervisee, noteId: null },
  'drafts.save': {
    superviseeId: ids.supervisee,
    noteId: ids.note,
    values: {
      sessionId: null,
      date: '2026-01-0',
      caseCode: 'C-1',
      presentingConcern: '',
      discussion: 'Half typed',
      guidance: '',
      reactions: '',
      plan: '',
      riskFlags: [],
      identifiersReason: null,
      actions: [{ text: 'Call', due: null, done: false }],
    },
  },
  'drafts.discard': { superviseeId: ids.supervisee, noteId: null },
});
