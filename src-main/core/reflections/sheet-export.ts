// Printing a prompt sheet: the prompts waiting for a supervisee's next meeting, or a whole set,
// written where the user chooses and recorded in the audit trail (without its content).
import { invalid, issue } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { safeName, type Exported } from '../hours/exports';
import type { Destination } from '../shared/file-port';
import { getSupervisee } from '../supervisees/supervisees';
import { listPrepared } from './prepared';
import { findPromptSet, listPromptSets } from './prompt-sets';
import { promptSheetPdf, type SheetPrompt } from './prompt-sheet-pdf';

function sheetPrompts(db: Db, superviseeId: string, setId: string | undefined): SheetPrompt[] {
  if (setId) {
    const set = findPromptSet(db, setId);
    if (!set) throw invalid(issue('setId', 'There is no prompt set with that name.'));
    return set.prompts.map((p) => ({
      text: p.text,
      source: `${set.name}, version ${set.version}`,
    }));
  }
  const names = new Map(listPromptSets(db, true).map((s) => [s.id, s.name]));
  const waiting = listPrepared(db, superviseeId, null);
  if (!waiting.length)
    throw invalid(issue('setId', 'No prompts are waiting for the next meeting: prepare some, or print a whole set.'));
  return waiting.map((p) => ({
    text: p.promptText,
    source: `${names.get(p.setId) ?? p.setId}, version ${p.setVersion}`,
  }));
}

export async function exportPromptSheet(
  db: () => Db,
  dest: Destination,
  req: { superviseeId: string; setId?: string; date?: string },
): Promise<Exported> {
  const person = getSupervisee(db(), req.superviseeId);
  const prompts = sheetPrompts(db(), person.id, req.setId);
  const pdf = await promptSheetPdf(person, prompts, req.date ?? null);
  const saved = await dest(
    `alliance-prompts-${safeName(person.fullName)}${req.date ? `-${req.date}` : ''}.pdf`,
    (write) => write(pdf),
  );
  if (!saved) return { path: null, size: 0 };
  appendAudit(db(), 'exported', {
    what: 'prompt_sheet_pdf',
    bytes: pdf.length,
  });
  return { path: saved.path, size: pdf.length };
}
