// Case-consultation notes: one de-identified client case as discussed in supervision, its risk and
// ethics flags, and the action items agreed on it. A case code (never a client's name) groups a
// client's notes across sessions into a thread.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, text } from './common';
import { IDENTIFIER_KINDS, RISK_FLAGS } from './enums';
export type { IdentifierKind } from './enums';

// Short and without spaces, so a full name cannot be typed as a code ("C-014", "JD", "2026.07").
// How many of a supervisee's notes the Case notes view shows at first, and adds with each "Show older".
export const NOTES_PAGE = 100;
// The most one request may ask for: past it, the notes are a search away.
export const MAX_NOTES_SHOWN = 2000;

// Codes shaped like what identifies a person: a first and last name joined by a dot, dash or
// underscore (Jane.Doe), a phone or social security number, a date, or seven digits or more.
const IDENTIFYING_CODE = [
  /^[A-Z][a-z]+[._-][A-Z][a-z]+$/,
  /^\d{3}[.-]?\d{3}[.-]?\d{4}$/,
  /^\d{3}[.-]?\d{2}[.-]?\d{4}$/,
  /^(?:\d{4}[.-]\d{1,2}[.-]\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4})$/,
  /\d{7,}/,
];

export const MAX_ACTIONS_PER_NOTE = 30;
// The form's words and the import's, written once.
export const ACTIONS_CAP_WORDS = `At most ${MAX_ACTIONS_PER_NOTE} action items on one note`;

export const caseCode = z
  .string()
  .trim()
  .min(1, 'Enter a case code, like C-014.')
  .max(16, 'Keep the case code to 16 characters or fewer.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, dots or dashes only (no spaces), like C-014 or JD.')
  .refine(
    (code) => !IDENTIFYING_CODE.some((re) => re.test(code)),
    'That looks like a name, a phone, ID or record number, or a date. Use a code that does not identify the ' +
      'client, like C-014.',
  );

export const actionInput = z.strictObject({
  // Present for an action item that already exists: its done state is kept.
  id: id.optional(),
  text: text(500).min(1, 'Say what is to be done.'),
  due: isoDate.nullable().default(null),
  done: z.boolean().default(false),
  // The day it was done, when done: kept if it was done already, else today (local calendar).
  doneOn: isoDate.nullable().default(null),
});

// Everything a note records except its action items: the form, the channel and the import format
// all use these.
export const noteRecordFields = {
  sessionId: id.nullable().default(null),
  date: isoDate,
  caseCode,
  presentingConcern: text(2000).default(''),
  discussion: text(8000).default(''),
  guidance: text(8000).default(''),
  reactions: text(8000).default(''),
  plan: text(4000).default(''),
  riskFlags: z
    .array(z.enum(RISK_FLAGS))
    .max(RISK_FLAGS.length)
    .refine((f) => new Set(f).size === f.length, 'Each flag once.')
    .default([]),
  // Given when the note is saved although the guard found possible client identifiers in it.
  identifiersReason: text(500).nullable().default(null),
};
const noteFields = {
  ...noteRecordFields,
  actions: z.array(actionInput).max(MAX_ACTIONS_PER_NOTE, `${ACTIONS_CAP_WORDS}.`).default([]),
};

export const noteInput = z.strictObject({ superviseeId: id, ...noteFields });
export type NoteInput = z.input<typeof noteInput>;
export type NewNote = z.output<typeof noteInput>;
export const notePatch = z.strictObject(noteFields);
export type NotePatch = z.output<typeof notePatch>;

export const action = z.strictObject({
  id,
  noteId: id,
  superviseeId: id,
  text: z.string(),
  due: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Action = z.infer<typeof action>;

export const note = z.strictObject({
  id,
  superviseeId: id,
  sessionId: id.nullable(),
  date: z.string(),
  caseCode: z.string(),
  presentingConcern: z.string(),
  discussion: z.string(),
  guidance: z.string(),
  reactions: z.string(),
  plan: z.string(),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  identifiersReason: z.string().nullable(),
  actions: z.array(action),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof note>;

// A case across supervisees: the newest note of a case whose latest note carries a flag.
export const openRisk = z.strictObject({
  noteId: id,
  superviseeId: id,
  superviseeName: z.string(),
  caseCode: z.string(),
  date: z.string(),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
});
export type OpenRisk = z.infer<typeof openRisk>;

export const openAction = action.extend({ superviseeName: z.string(), caseCode: z.string() });
export type OpenAction = z.infer<typeof openAction>;

// The free-text places of a note the guard reads: its fields, and each action item's text.
export const GUARDED_FIELD = /^(?:presentingConcern|discussion|guidance|reactions|plan|actions\.\d{1,2}\.text)$/;
export const identifierScan = z.strictObject({
  texts: z
    .array(
      z.strictObject({
        field: z.string().regex(GUARDED_FIELD, 'Not a field of a note.'),
        // Not trimmed: the offsets found are into the text as typed.
        text: z.string().max(8000, 'Keep this under 8000 characters.'),
      }),
    )
    .max(40),
});
export const identifierFinding = z.strictObject({
  field: z.string(),
  kind: z.enum(IDENTIFIER_KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type IdentifierFinding = z.infer<typeof identifierFinding>;

export const noteChannels = {
  // Where a note's text may identify a client: offsets only, for the form to highlight.
  'notes.findIdentifiers': { input: identifierScan, output: z.array(identifierFinding) },
  // One supervisee's notes, newest first.
  // A supervisee's newest notes, a page at a time: `limit` grows as "Show older notes" is pressed.
  'notes.list': {
    reads: ['case_notes', 'note_actions'],
    input: z.strictObject({
      superviseeId: id,
      limit: z.number().int().min(1).max(MAX_NOTES_SHOWN).default(NOTES_PAGE),
    }),
    output: z.array(note),
  },
  'notes.get': { reads: ['case_notes', 'note_actions'], input: z.strictObject({ id }), output: note },
  // Every note about one case of one supervisee, oldest first: the case's thread.
  'notes.case': {
    reads: ['case_notes', 'note_actions'],
    input: z.strictObject({ superviseeId: id, caseCode }),
    output: z.array(note),
  },
  'notes.create': { input: noteInput, output: note },
  'notes.update': { input: z.strictObject({ id, patch: notePatch }), output: note },
  // Deleting is undoable: notes.restore brings it back.
  'notes.delete': { input: z.strictObject({ id }), output: z.strictObject({ id }) },
  'notes.restore': { input: z.strictObject({ id }), output: note },
  'notes.openRisks': { reads: ['case_notes', 'supervisees'], input: z.strictObject({}), output: z.array(openRisk) },
  // Unfinished action items, soonest due first; for one supervisee or everyone.
  'actions.open': {
    reads: ['note_actions', 'case_notes', 'supervisees'],
    input: z.strictObject({ superviseeId: id.optional() }),
    output: z.array(openAction),
  },
  // `on` is the day it was done (today, local calendar, when not given).
  'actions.setDone': { input: z.strictObject({ id, done: z.boolean(), on: isoDate.optional() }), output: action },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const notesExamples = (ids: ExampleIds): ExamplesFor<typeof noteChannels> => ({
  'notes.findIdentifiers': {
    texts: [{ field: 'discussion', text: 'Called 555-201-3344' }],
  },
  'notes.list': { superviseeId: ids.supervisee, limit: 200 },
  'notes.get': { id: ids.note },
  'notes.case': { superviseeId: ids.supervisee, caseCode: 'C-1' },
  'notes.create': {
    superviseeId: ids.supervisee,
    sessionId: ids.session,
    date: '2026-01-06',
    caseCode: 'C-2',
    discussion: 'Fuzz text',
    riskFlags: ['legal'],
    actions: [{ text: 'Follow up', due: '2026-02-01' }],
  },
  'notes.update': {
    id: ids.note,
    patch: { date: '2026-01-05', caseCode: 'C-1', riskFlags: [] },
  },
  'notes.delete': { id: ids.note },
  'notes.restore': { id: ids.note },
  'notes.openRisks': {},
  'actions.open': { superviseeId: ids.supervisee },
  'actions.setDone': { id: ids.action, done: true },
});
