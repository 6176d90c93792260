// A prompt sheet to print: the prompts a supervisee is asked to think about before (or in) a
// meeting, each with ruled lines to answer by hand. Only the supervisee's name and the prompts are
// on it; nothing about clients.
import { dayText, localToday } from '../../contract/dates';
import type { Supervisee } from '../../contract/supervisees';
import { newPdf, pageFooters, writingLines } from '../shared/pdf';

export interface SheetPrompt {
  text: string;
  // Where the prompt comes from, e.g. "Gibbs’ reflective cycle, version 2026.1".
  source: string;
}

const LINES_PER_PROMPT = 6;

export async function promptSheetPdf(
  person: Supervisee,
  prompts: SheetPrompt[],
  meeting: string | null,
  now = new Date(),
): Promise<Buffer> {
  const { doc, done } = newPdf(`Reflection prompts for ${person.fullName}`);
  const left = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(16).text('Reflection prompts');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(`For: ${person.fullName}`);
  doc.text(`Meeting: ${meeting ?? '____________________'}`);
  doc.moveDown(0.3).fontSize(9).fillColor('#444444');
  doc.text('Write as much or as little as helps. Bring this sheet to supervision; it is yours to keep.');
  doc.fillColor('#000000').moveDown(0.8);
  prompts.forEach((p, i) => {
    // A prompt and its lines stay on one page.
    if (doc.y > doc.page.height - doc.page.margins.bottom - (40 + LINES_PER_PROMPT * 22)) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`${i + 1}. ${p.text}`, left);
    doc.font('Helvetica').fontSize(8).fillColor('#666666').text(p.source, left).fillColor('#000000');
    writingLines(doc, LINES_PER_PROMPT);
    doc.moveDown(1.2);
  });
  pageFooters(doc, `Reflection prompts  ·  ${person.fullName}  ·  Printed ${dayText(localToday(now))} from Alliance`);
  doc.end();
  return done;
}
