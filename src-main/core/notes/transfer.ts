// Case notes and their action items in the JSON export: the same fields and limits as a note typed
// into the app (contract/notes.ts); action items travel separately, as noteActions.
import { z } from 'zod';
import { id, isoDate } from '../../contract/common';
import { IDENTIFIER_LABELS } from '../../contract/enums';
import { ACTIONS_CAP_WORDS, actionInput, MAX_ACTIONS_PER_NOTE, noteRecordFields } from '../../contract/notes';
import { caseNotes, noteActions } from './tables';
import { isoTimestamp, localDayOf } from '../data-transfer/record-fields';
import { perParentCap } from '../data-transfer/per-parent';
import { IdMap } from '../data-transfer/id-map';
import { featureTransfer, transferList, type ImportContext } from '../data-transfer/transfer-list';
import { findShapedIdentifiers } from './identifiers';
import { TEXT_FIELDS } from './notes';

const importedNote = z.strictObject({
  id,
  superviseeId: id,
  ...noteRecordFields,
  deletedAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const importedAction = z
  .strictObject({
    id,
    noteId: id,
    superviseeId: id,
    text: actionInput.shape.text,
    due: isoDate.nullable(),
    doneAt: isoTimestamp.nullable(),
    // Since version 6; earlier files take the local day of doneAt.
    doneOn: isoDate.nullable().optional(),
    createdAt: isoTimestamp,
  })
  .transform(({ doneOn, ...a }) => ({ ...a, doneOn: doneOn ?? (a.doneAt ? localDayOf(a.doneAt) : null) }));

// The de-identification guard's fixed-shape kinds (phone, e-mail, ID numbers, addresses, numeric
// dates) on text whose note keeps no reason. Names and written-out dates need the language model,
// milliseconds a note: a whole vault's notes would take minutes, so an import does not look for
// them (docs/security.md).
function identifying(ctx: ImportContext, text: string, location: string): void {
  const kinds = [...new Set(findShapedIdentifiers(text).map((f) => IDENTIFIER_LABELS[f.kind]))];
  if (kinds.length)
    ctx.problem(
      location,
      `This may identify the client (${kinds.join(', ')}) and the note keeps no reason for it (identifiersReason). ` +
        'Edit it in the file, or import it with the reason it was kept.',
    );
}

export const notesTransfer = featureTransfer(
  [
    transferList({
      list: 'caseNotes',
      table: caseNotes,
      record: importedNote,
      limit: 2_000_000,
      what: 'A case note',
      referenced: true,
    }),
    transferList({
      list: 'noteActions',
      table: noteActions,
      record: importedAction,
      limit: 6_000_000,
      what: 'An action item',
    }),
  ],
  {
    checks: (ctx) => {
      // Notes in the file that keep a reason for identifying text: their action items are not checked.
      const notesWithReason = new IdMap();
      const actionsPerNote = perParentCap(ctx, MAX_ACTIONS_PER_NOTE, ACTIONS_CAP_WORDS);
      return {
        caseNotes: (n, at) => {
          ctx.needsPerson(`${at}.superviseeId`, n.superviseeId);
          // A note may be about a session logged earlier, already in the vault.
          if (n.sessionId !== null)
            ctx.belongs('sessions', n.sessionId, n.superviseeId, at, 'sessionId', {
              missing: 'No session with this id in the file or the vault.',
              other: 'This note is about a session of another supervisee.',
              inVault: true,
            });
          ctx.day(n.date, `${at}.date`, 'The note date');
          if (n.identifiersReason) notesWithReason.set(n.id, 1);
          else for (const field of TEXT_FIELDS) identifying(ctx, n[field], `${at}.${field}`);
        },
        noteActions: (a, at) => {
          ctx.needsPerson(`${at}.superviseeId`, a.superviseeId);
          actionsPerNote(a.noteId, at, 'noteId');
          // A note's kept reason covers its action items, as in the app.
          if (!notesWithReason.has(a.noteId)) identifying(ctx, a.text, `${at}.text`);
          ctx.belongs('caseNotes', a.noteId, a.superviseeId, at, 'noteId', {
            missing: 'No case note with this id in the file.',
            other: 'This action item is on a note of another supervisee.',
          });
        },
      };
    },
  },
);
