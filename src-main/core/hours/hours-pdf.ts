// The weekly supervision log as a PDF (pdfkit): a row per week with the category columns, totals,
// supervisee and supervisor details, the signed periods with their SHA-256, signature lines, page
// numbers and the date generated. Built in memory; the caller writes it where the user chose.
import { round2 } from '../../contract/numbers';
import { auditHead } from '../audit/audit-log';
import { newPdf, pageFooters, signatureLines, table, type PdfColumn, type PdfRow } from '../shared/pdf';
import { DIRECT_ACTIVITIES, DIRECT_ACTIVITY_LABELS, DISCIPLINE_LABELS } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import type { Db } from '../../db/vault';
import { addDays, dayText, localToday } from '../../contract/dates';
import { hoursSummary } from './hours-summary';
import { listPeriods } from '../signing/signing';

const COLUMNS: PdfColumn[] = [
  { title: 'Week', width: 128 },
  { title: 'Sessions', width: 48 },
  { title: 'Ind./triadic h', width: 66 },
  { title: 'Group h', width: 48 },
  { title: 'Supervision h', width: 66 },
  { title: 'Direct h', width: 52 },
  { title: 'Indirect h', width: 54 },
  { title: 'Signed', width: 50 },
];
const n = (x: number) => round2(x).toFixed(2);
// Lines for a supervisor to sign by hand when none signed in the app.
const BLANK = '______________________________  Licence: ______________';

export async function weeklyLogPdf(
  db: Db,
  person: Supervisee,
  from: string,
  to: string,
  now = new Date(),
): Promise<Buffer> {
  const summary = hoursSummary(db, person.id, from, to);
  const periods = listPeriods(db, person.id).filter((p) => p.periodEnd >= from && p.periodStart <= to);
  const supervisor = [...periods].reverse().find((p) => p.status === 'signed');
  const { doc, done } = newPdf(`Weekly supervision log ${from} to ${to}`);

  doc.font('Helvetica-Bold').fontSize(16).text('Weekly supervision log');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(
    `Supervisee: ${person.fullName}  ·  ${DISCIPLINE_LABELS[person.discipline]}` +
      `${person.licenceTrack ? `  ·  ${person.licenceTrack}` : ''}`,
  );
  doc.text(
    `Registration number: ${person.registrationNumber || '—'}  ·  Program: ${person.program || '—'}  ·  Site: ` +
      `${person.site || '—'}`,
  );
  doc.text(
    `Supervisor: ${supervisor ? `${supervisor.supervisorName}, licence ${supervisor.supervisorLicence}` : BLANK}`,
  );
  doc.text(`Period: ${dayText(from)} to ${dayText(to)}  ·  Generated ${dayText(localToday(now))}`);
  doc.moveDown(0.8);

  const left = doc.page.margins.left;
  const rows: PdfRow[] = summary.weeks.map((w) => {
    const end = addDays(w.weekStart, 6);
    const sig = periods.find((p) => p.status === 'signed' && p.periodStart <= w.weekStart && end <= p.periodEnd);
    return {
      cells: [
        `${dayText(w.weekStart)} to ${dayText(end)}`,
        String(w.sessions),
        n(w.individualTriadicHours),
        n(w.groupHours),
        n(w.supervisionHours),
        n(w.directHours),
        n(w.indirectHours),
        sig ? 'yes' : 'no',
      ],
    };
  });
  rows.push({
    cells: [
      'Total',
      String(summary.sessions),
      n(summary.byFormat.individual + summary.byFormat.triadic),
      n(summary.byFormat.group),
      n(summary.supervisionHours),
      n(summary.directHours),
      n(summary.indirectHours),
      '',
    ],
    bold: true,
  });
  table(doc, COLUMNS, rows);
  // Boards and the APPIC AAPI ask for direct hours split by what was done.
  const split = DIRECT_ACTIVITIES.filter((a) => summary.byActivity[a] > 0)
    .map((a) => `${DIRECT_ACTIVITY_LABELS[a]} ${n(summary.byActivity[a])}`)
    .join(' · ');
  doc
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(8.5)
    .text(`Direct hours by activity: ${split || 'none logged'}`, left);

  doc.moveDown(1).font('Helvetica-Bold').fontSize(10).text('Signed periods', left);
  doc.font('Helvetica').fontSize(8.5);
  if (!periods.length) doc.text('None of this period has been signed in Alliance.');
  for (const p of periods) {
    doc
      .font('Helvetica')
      .text(
        `${dayText(p.periodStart)} to ${dayText(p.periodEnd)}: ` +
          `signed by ${p.supervisorName} (${p.supervisorLicence}) on ${dayText(p.signedOn)}.${
            p.reopenedAt
              ? ` Reopened on ${dayText(localToday(new Date(p.reopenedAt)))} by ` +
                `${p.reopenedBy ?? 'someone not recorded'}: ${p.reopenReason ?? ''}`
              : ''
          } SHA-256 of the period's records at signing:`,
      );
    doc.font('Courier').text(p.contentSha256).moveDown(0.3);
  }

  // The audit trail's head when this log was made: a later truncation of the trail shows against it.
  const head = auditHead(db);
  doc
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(8)
    .text(`Vault audit trail at export: ${head.seq} events, head hash ${head.hash}`, left);

  signatureLines(doc, ['Supervisee', 'Supervisor']);
  pageFooters(
    doc,
    `${person.fullName}  ·  ${dayText(from)} to ${dayText(to)}  ·  Generated ${dayText(localToday(now))} by Alliance`,
  );
  doc.end();
  return done;
}
