// Case-consultation notes and their action items. A note's action items are saved with it: an item
// sent with its id keeps its record (and when it was done); one left out is removed.
import { assertNotFinalEvidence } from '../frameworks/evidence';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { AppError, invalid, issue, type IssuePath } from '../../contract/errors';
import { localToday } from '../../contract/dates';
import {
  NOTES_PAGE,
  type Action,
  type NewNote,
  type Note,
  type NotePatch,
  type OpenAction,
  type OpenRisk,
} from '../../contract/notes';
import { caseNotes, noteActions } from './tables';
import { supervisees } from '../supervisees/tables';
import { sessionRef } from '../sessions/session-ref';
import { noteDraftStore } from '../drafts/drafts';
import type { Db } from '../../db/vault';
import { assertHappened } from '../shared/happened-on';
import { getSupervisee } from '../supervisees/supervisees';
import { preparedFor } from '../../db/prepared';
import { IDENTIFIER_LABELS } from '../../contract/enums';
import type { IdentifierFinding } from '../../contract/notes';
import { scanOffThread } from './guard-thread';
import { knownClean, rememberClean, textsKey } from './clean-texts';

export const TEXT_FIELDS = ['presentingConcern', 'discussion', 'guidance', 'reactions', 'plan'] as const;

export async function scanTexts(texts: readonly { field: string; text: string }[]): Promise<IdentifierFinding[]> {
  const key = textsKey(texts);
  if (knownClean(key)) return [];
  const found = await scanOffThread(texts);
  if (!found.length) rememberClean(key);
  return found;
}

// A note whose text may identify a client is kept only with a reason: each place is named by its
// field and the kind found (never the text itself, which stays out of every message).
async function guard(note: NotePatch, at: string): Promise<void> {
  if (note.identifiersReason) return;
  const found = await scanTexts([
    ...TEXT_FIELDS.map((field) => ({ field, text: note[field] })),
    ...note.actions.map((a, i) => ({ field: `actions.${i}.text`, text: a.text })),
  ]);
  if (!found.length) return;
  throw invalid(
    ...[...new Set(found.map((f) => f.field))].map((field) => {
      const kinds = [...new Set(found.filter((f) => f.field === field).map((f) => IDENTIFIER_LABELS[f.kind]))];
      // 'actions.0.text' -> ['actions', 0, 'text']: array indexes stay numbers.
      const path = `${at}${field}`.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      return issue(path, `This may identify the client (${kinds.join(', ')}). Edit it, or keep it and say why.`);
    }),
  );
}

type Row = typeof caseNotes.$inferSelect;

// The action items of a page of notes in one statement: the note ids go in as one JSON array, so
// the statement is the same for any page and is prepared once.
const actionsOf = preparedFor((db) =>
  db
    .select()
    .from(noteActions)
    .where(sql`${noteActions.noteId} in (select value from json_each(${sql.placeholder('ids')}))`)
    .orderBy(sql`${noteActions.due} is null`, asc(noteActions.due), asc(noteActions.createdAt))
    .prepare(),
);

function withActions(db: Db, rows: Row[]): Note[] {
  if (!rows.length) return [];
  const actions = actionsOf(db).all({ ids: JSON.stringify(rows.map((r) => r.id)) });
  const byNote = new Map<string, typeof actions>();
  for (const a of actions) {
    const list = byNote.get(a.noteId);
    if (list) list.push(a);
    else byNote.set(a.noteId, [a]);
  }
  return rows.map(({ deletedAt: _deleted, ...r }) => ({ ...r, actions: byNote.get(r.id) ?? [] }));
}

function getRow(db: Db, id: string, deleted: boolean): Row {
  const row = db
    .select()
    .from(caseNotes)
    .where(and(eq(caseNotes.id, id), deleted ? isNotNull(caseNotes.deletedAt) : isNull(caseNotes.deletedAt)))
    .get();
  if (!row) throw new AppError('not_found', 'That note was not found.');
  return row;
}

// The day is real and not ahead; the session, if named, is this supervisee's. A link the note
// already has is kept as it is, even to a session deleted since: editing the note must not fail on it.
function checkLinks(
  db: Db,
  superviseeId: string,
  input: { date: string; sessionId: string | null },
  at: string,
  linked: string | null = null,
) {
  if (input.date > localToday())
    throw invalid(issue(`${at}date`, "A note can't be dated on a day that hasn't happened yet."));
  if (input.sessionId === null || input.sessionId === linked) return;
  if (sessionRef(db, input.sessionId)?.superviseeId !== superviseeId)
    throw invalid(issue(`${at}sessionId`, 'That session is not one of this supervisee’s.'));
}

// Done on a day that has happened, and not before the consultation where it was agreed.
function assertDoneOn(field: IssuePath, doneOn: string, noteDate: string, now: Date): void {
  assertHappened(field, doneOn, 'The day it was done', now);
  if (doneOn < noteDate) throw invalid(issue(field, 'It can’t be done before the day of the note that agreed it.'));
}

function saveActions(db: Db, note: Row, actions: NewNote['actions'], ts: string): void {
  const existing = db.select().from(noteActions).where(eq(noteActions.noteId, note.id)).all();
  const byId = new Map(existing.map((a) => [a.id, a]));
  const kept = new Set<string>();
  actions.forEach((a, i) => {
    const before = a.id ? byId.get(a.id) : undefined;
    if (a.id && !before) throw invalid(issue(['actions', i, 'id'], 'That action item is not on this note.'));
    const doneAt = a.done ? (before?.doneAt ?? ts) : null;
    const doneOn = a.done ? (a.doneOn ?? before?.doneOn ?? localToday(new Date(ts))) : null;
    // A day kept from before is not checked again when only the note is edited.
    if (doneOn && doneOn !== before?.doneOn) assertDoneOn(['actions', i, 'doneOn'], doneOn, note.date, new Date(ts));
    if (before) {
      kept.add(before.id);
      db.update(noteActions)
        .set({ text: a.text, due: a.due, doneAt, doneOn })
        .where(eq(noteActions.id, before.id))
        .run();
    } else
      db.insert(noteActions)
        .values({
          id: randomUUID(),
          noteId: note.id,
          superviseeId: note.superviseeId,
          text: a.text,
          due: a.due,
          doneAt,
          doneOn,
          createdAt: ts,
        })
        .run();
  });
  const gone = existing.filter((a) => !kept.has(a.id)).map((a) => a.id);
  if (gone.length) db.delete(noteActions).where(inArray(noteActions.id, gone)).run();
}

const notesPage = preparedFor((db) =>
  db
    .select()
    .from(caseNotes)
    .where(and(eq(caseNotes.superviseeId, sql.placeholder('who')), isNull(caseNotes.deletedAt)))
    .orderBy(desc(caseNotes.date), desc(caseNotes.createdAt))
    .limit(sql.placeholder('limit'))
    .prepare(),
);

export function listNotes(db: Db, superviseeId: string, limit = NOTES_PAGE): Note[] {
  getSupervisee(db, superviseeId);
  return withActions(db, notesPage(db).all({ who: superviseeId, limit }));
}

export function getNote(db: Db, id: string): Note {
  return withActions(db, [getRow(db, id, false)])[0]!;
}

const threadRows = preparedFor((db) =>
  db
    .select()
    .from(caseNotes)
    .where(
      and(
        eq(caseNotes.superviseeId, sql.placeholder('who')),
        eq(caseNotes.caseCode, sql.placeholder('code')),
        isNull(caseNotes.deletedAt),
      ),
    )
    .orderBy(asc(caseNotes.date), asc(caseNotes.createdAt))
    .prepare(),
);

export function caseThread(db: Db, superviseeId: string, caseCode: string): Note[] {
  return withActions(db, threadRows(db).all({ who: superviseeId, code: caseCode }));
}

// The guard runs first, on its own thread; the vault is read only once it has answered (it may have
// locked meanwhile, and then nothing is written).
export async function createNote(vault: () => Db, input: NewNote, now = new Date()): Promise<Note> {
  await guard(input, '');
  return writeNewNote(vault(), input, now);
}

// A new note once its text has passed the guard (or keeps a reason).
export function writeNewNote(db: Db, input: NewNote, now = new Date()): Note {
  getSupervisee(db, input.superviseeId);
  checkLinks(db, input.superviseeId, input, '');
  const ts = now.toISOString();
  const { actions, ...fields } = input;
  const id = randomUUID();
  db.transaction((tx) => {
    tx.insert(caseNotes)
      .values({ id, ...fields, createdAt: ts, updatedAt: ts })
      .run();
    saveActions(tx, getRow(tx, id, false), actions, ts);
    // The form's draft has become the note.
    noteDraftStore.discard(tx, { superviseeId: input.superviseeId, noteId: null });
  });
  return getNote(db, id);
}

export async function updateNote(vault: () => Db, id: string, patch: NotePatch, now = new Date()): Promise<Note> {
  await guard(patch, 'patch.');
  const db = vault();
  const current = getRow(db, id, false);
  checkLinks(db, current.superviseeId, patch, 'patch.', current.sessionId);
  const ts = now.toISOString();
  const { actions, ...fields } = patch;
  db.transaction((tx) => {
    tx.update(caseNotes)
      .set({ ...fields, updatedAt: ts })
      .where(eq(caseNotes.id, id))
      .run();
    saveActions(tx, current, actions, ts);
    noteDraftStore.discard(tx, { superviseeId: current.superviseeId, noteId: id });
  });
  return getNote(db, id);
}

export function setNoteDeleted(db: Db, id: string, deleted: boolean, now = new Date()): Note {
  getRow(db, id, !deleted);
  if (deleted) assertNotFinalEvidence(db, { noteId: id });
  db.update(caseNotes)
    .set({ deletedAt: deleted ? now.toISOString() : null })
    .where(eq(caseNotes.id, id))
    .run();
  return withActions(db, [getRow(db, id, deleted)])[0]!;
}

// For flagged notes: the day of the first later note of the same case with no flags, which closed
// that risk (a later flag opens a new one). Notes whose risk is still open are left out.
export function risksClosedMany(db: Db, noteIds: readonly string[]): Map<string, string> {
  if (!noteIds.length) return new Map();
  const rows = db.all<{ id: string; closedOn: string | null }>(sql`
    select n.id, (
      select m.date from case_notes m
      where m.supervisee_id = n.supervisee_id and m.case_code = n.case_code and m.deleted_at is null
        and m.risk_flags = '[]' and (m.date > n.date or (m.date = n.date and m.created_at > n.created_at))
      order by m.date, m.created_at limit 1) as closedOn
    from case_notes n where n.id in (select value from json_each(${JSON.stringify(noteIds)}))`);
  return new Map(rows.flatMap((r) => (r.closedOn ? [[r.id, r.closedOn] as const] : [])));
}

// A case's risk is open while its newest note carries a flag; a later note without flags closes it.
export function openRisks(db: Db): OpenRisk[] {
  return db
    .all<OpenRisk & { riskFlags: string }>(
      sql`
    select n.id as noteId, n.supervisee_id as superviseeId, s.full_name as superviseeName, n.case_code as caseCode,
      n.date as date, n.risk_flags as riskFlags
    from case_notes n join supervisees s on s.id = n.supervisee_id
    where n.deleted_at is null and s.archived_at is null and n.id = (
      select m.id from case_notes m
      where m.supervisee_id = n.supervisee_id and m.case_code = n.case_code and m.deleted_at is null
      order by m.date desc, m.created_at desc limit 1)
      and n.risk_flags != '[]'
    order by n.date desc, s.full_name`,
    )
    .map((r) => ({ ...r, riskFlags: JSON.parse(r.riskFlags) as OpenRisk['riskFlags'] }));
}

export function openActions(db: Db, superviseeId?: string): OpenAction[] {
  return db
    .select({
      id: noteActions.id,
      noteId: noteActions.noteId,
      superviseeId: noteActions.superviseeId,
      text: noteActions.text,
      due: noteActions.due,
      doneAt: noteActions.doneAt,
      doneOn: noteActions.doneOn,
      createdAt: noteActions.createdAt,
      superviseeName: supervisees.fullName,
      caseCode: caseNotes.caseCode,
    })
    .from(noteActions)
    .innerJoin(caseNotes, eq(caseNotes.id, noteActions.noteId))
    .innerJoin(supervisees, eq(supervisees.id, noteActions.superviseeId))
    .where(
      and(
        isNull(noteActions.doneAt),
        isNull(caseNotes.deletedAt),
        isNull(supervisees.archivedAt),
        superviseeId ? eq(noteActions.superviseeId, superviseeId) : undefined,
      ),
    )
    .orderBy(sql`${noteActions.due} is null`, asc(noteActions.due), asc(noteActions.createdAt))
    .all();
}

export function setActionDone(db: Db, id: string, done: boolean, on?: string, now = new Date()): Action {
  const a = db.select().from(noteActions).where(eq(noteActions.id, id)).get();
  if (!a) throw new AppError('not_found', 'That action item was not found.');
  const doneOn = done ? (on ?? a.doneOn ?? localToday(now)) : null;
  if (doneOn) {
    const noteDate = db.select({ date: caseNotes.date }).from(caseNotes).where(eq(caseNotes.id, a.noteId)).get()!.date;
    assertDoneOn(['on'], doneOn, noteDate, now);
  }
  db.update(noteActions)
    .set({ doneAt: done ? (a.doneAt ?? now.toISOString()) : null, doneOn })
    .where(eq(noteActions.id, id))
    .run();
  return db.select().from(noteActions).where(eq(noteActions.id, id)).get()!;
}
