// The supervision log as a PDF (pdfkit): a row per week (per month where the supervisee's pack signs
// monthly) with the category columns, totals, supervisee and supervisor details, the signed periods
// with their SHA-256, signature lines, page numbers and the date generated. Built in memory; the
// caller writes it where the user chose.
import { round2 } from '../../contract/numbers';
import { auditHead } from '../audit/audit-log';
import { newPdf, pageFooters, signatureLines, table, type PdfColumn, type PdfRow } from '../shared/pdf';
import { DIRECT_ACTIVITIES, DIRECT_ACTIVITY_LABELS, DISCIPLINE_LABELS } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import type { Db } from '../../db/vault';
import { addDays, dayText, localToday } from '../../contract/dates';
import { hoursSummary } from './hours-summary';
import { listPeriods } from '../signing/signing';
import { findPack } from '../rules/store';
import { signingPeriodOf } from '../../contract/rules';
import type { HoursSummary } from '../../contract/hours';

const COLUMNS: PdfColumn[] = [
  { title: 'Period', width: 128 },
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
  const monthly = signingPeriodOf(findPack(db, person.rulePack)) === 'month';
  const title = monthly ? 'Monthly supervision log' : 'Weekly supervision log';
  const { doc, done } = newPdf(`${title} ${from} to ${to}`);

  doc.font('Helvetica-Bold').fontSize(16).text(title);
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
  // A row per period the board signs: a month for a pack signed monthly, a week otherwise.
  const spans: Span[] = monthly
    ? monthsOf(from, to)
        .map((m) => ({ ...m, ...spanOf(hoursSummary(db, person.id, m.from, m.to)) }))
        .filter((m) => m.sessions > 0 || m.direct > 0 || m.indirect > 0)
    : summary.weeks.map((w) => ({
        from: w.weekStart,
        to: addDays(w.weekStart, 6),
        sessions: w.sessions,
        it: w.individualTriadicHours,
        group: w.groupHours,
        supervision: w.supervisionHours,
        direct: w.directHours,
        indirect: w.indirectHours,
      }));
  const rows: PdfRow[] = spans.map((x) => {
    const sig = periods.find((p) => p.status === 'signed' && p.periodStart <= x.from && x.to <= p.periodEnd);
    return {
      cells: [
        `${dayText(x.from)} to ${dayText(x.to)}`,
        String(x.sessions),
        n(x.it),
        n(x.group),
        n(x.supervision),
        n(x.direct),
        n(x.indirect),
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

interface Span {
  from: string;
  to: string;
  sessions: number;
  it: number;
  group: number;
  supervision: number;
  direct: number;
  indirect: number;
}
const spanOf = (m: HoursSummary): Omit<Span, 'from' | 'to'> => ({
  sessions: m.sessions,
  it: m.byFormat.individual + m.byFormat.triadic,
  group: m.byFormat.group,
  supervision: m.supervisionHours,
  direct: m.directHours,
  indirect: m.indirectHours,
});

// The calendar months from one day to another, each cut to the range.
function monthsOf(from: string, to: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (let first = `${from.slice(0, 7)}-01`; first <= to;) {
    const next = `${addDays(first, 31).slice(0, 7)}-01`;
    const last = addDays(next, -1);
    out.push({ from: first < from ? from : first, to: last > to ? to : last });
    first = next;
  }
  return out;
}
