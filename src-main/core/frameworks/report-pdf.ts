// The growth report for yearly and end-of-supervision assessments: the supervisor's words on
// strengths and limitations, the ratings table with the change since the previous review, two
// charts (the mean level over time against the target, and latest against previous per
// competency), goals and their status, the hours summary with the licensure forecast, and signature
// lines. pdfkit, from the shared blocks the hour log uses.
import { GOAL_STATUS_LABELS, DISCIPLINE_LABELS } from '../../contract/enums';
import type { Goal } from '../../contract/agreements';
import type { GrowthComparison, GrowthSeries } from '../../contract/growth';
import type { Review } from '../../contract/frameworks';
import { changeText, levelText } from '../../contract/levels';
import type { LicenceForecast, RuleEvaluation } from '../../contract/rules';
import { earliestText, outcomeText } from '../../contract/forecast-words';
import type { Supervisee } from '../../contract/supervisees';
import { round2 } from '../../contract/numbers';
import { dayText, localToday } from '../../contract/dates';
import { newPdf, pageFooters, signatureLines, table, type Pdf } from '../shared/pdf';

export interface GrowthReportData {
  title: string;
  person: Supervisee;
  series: GrowthSeries;
  comparison: GrowthComparison;
  latest: Review;
  goals: Goal[];
  hours: { sessions: number; supervisionHours: number; directHours: number; indirectHours: number };
  rules: RuleEvaluation;
  forecast: LicenceForecast;
}

const INK = '#1f2a44';
// The standard PDF fonts have no minus sign (U+2212); an en dash reads the same.
const pdfText = (s: string) => s.replace(/\u2212/g, '\u2013');
const SOFT = '#9aa5b8';

// A heading starts a new page when what follows it (`room` points) would not fit under it.
function heading(doc: Pdf, text: string, room = 80) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - room) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text, doc.page.margins.left);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

function mean(levels: (number | null)[]): number | null {
  const xs = levels.filter((l): l is number => l !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

// The mean level at each review, with the framework's target as a dashed line.
function meanChart(doc: Pdf, d: GrowthReportData) {
  const f = d.series.framework!;
  const points = d.series.reviews.map((r, i) => ({
    date: dayText(r.reviewedOn),
    level: mean(d.series.competencies.map((c) => c.levels[i]!)),
  }));
  const left = doc.page.margins.left + 30;
  const w = 420;
  const h = 140;
  if (doc.y + h + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 6;
  const y = (level: number) => top + h - ((level - f.scaleMin) / (f.scaleMax - f.scaleMin)) * h;
  const x = (i: number) => left + (points.length === 1 ? w / 2 : (i / (points.length - 1)) * w);
  doc.font('Helvetica').fontSize(7.5).fillColor('#444444');
  for (let l = f.scaleMin; l <= f.scaleMax; l++) {
    doc
      .moveTo(left, y(l))
      .lineTo(left + w, y(l))
      .lineWidth(0.3)
      .strokeColor('#dddddd')
      .stroke();
    doc.text(String(l), left - 18, y(l) - 4, { width: 12, align: 'right' });
  }
  if (f.targetLevel !== null) {
    doc
      .moveTo(left, y(f.targetLevel))
      .lineTo(left + w, y(f.targetLevel))
      .dash(3, { space: 3 });
    doc.lineWidth(0.8).strokeColor(SOFT).stroke().undash();
    doc.text(`target ${levelText(f.targetLevel)}`, left + w + 4, y(f.targetLevel) - 4);
  }
  const drawn = points.map((p, i) => ({ ...p, i })).filter((p) => p.level !== null);
  drawn.forEach((p, k) => {
    if (k === 0) doc.moveTo(x(p.i), y(p.level!));
    else doc.lineTo(x(p.i), y(p.level!));
  });
  if (drawn.length > 1) doc.lineWidth(1.6).strokeColor(INK).stroke();
  for (const p of drawn) doc.circle(x(p.i), y(p.level!), 2.5).fillColor(INK).fill();
  // Each point's mean written above it, so the figure reads without a ruler.
  doc.fillColor(INK);
  for (const p of drawn)
    doc.text(levelText(Math.round(p.level! * 100) / 100), x(p.i) - 20, y(p.level!) - 12, {
      width: 40,
      align: 'center',
    });
  doc.fillColor('#444444');
  points.forEach((p, i) => doc.text(p.date, x(i) - 25, top + h + 4, { width: 50, align: 'center' }));
  doc.y = top + h + 20;
  doc.x = doc.page.margins.left;
  doc.fillColor('#000000');
}

// Latest (dark) and previous (light) level per competency as paired bars.
function compareChart(doc: Pdf, d: GrowthReportData) {
  const f = d.series.framework!;
  const rows = d.comparison.rows;
  const left = doc.page.margins.left;
  const labelW = 60;
  const w = 380;
  const x = (level: number) => left + labelW + ((level - f.scaleMin + 0.5) / (f.scaleMax - f.scaleMin + 0.5)) * w;
  doc.font('Helvetica').fontSize(7.5);
  for (const r of rows) {
    if (doc.y + 16 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    doc.fillColor('#000000').text(r.code, left, top + 2, { width: labelW - 6 });
    if (r.previous !== null)
      doc
        .rect(left + labelW, top, x(r.previous) - left - labelW, 5)
        .fillColor(SOFT)
        .fill();
    if (r.latest !== null)
      doc
        .rect(left + labelW, top + 6, x(r.latest) - left - labelW, 5)
        .fillColor(INK)
        .fill();
    doc
      .fillColor('#444444')
      .text(`${levelText(r.previous)} to ${levelText(r.latest)}`, left + labelW + w + 8, top + 2, { width: 80 });
    doc.y = top + 15;
  }
  doc.x = left;
  doc.fillColor('#000000').text('Light bar: previous review. Dark bar: latest review.', left);
}

export async function growthReportPdf(d: GrowthReportData, now = new Date()): Promise<Buffer> {
  const f = d.series.framework!;
  const { doc, done } = newPdf(d.title);
  const { latest, comparison } = d;
  doc.font('Helvetica-Bold').fontSize(16).text(d.title);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(`Supervisee: ${d.person.fullName}  ·  ${DISCIPLINE_LABELS[d.person.discipline]}`);
  doc.text(`Program: ${d.person.program || '—'}  ·  Site: ${d.person.site || '—'}`);
  doc.text(`Framework: ${f.name} (version ${f.version}), levels ${f.scaleMin} to ${f.scaleMax}`);
  doc.text(
    `Review of ${dayText(latest.reviewedOn)} (${latest.status === 'final' ? 'final' : 'draft, not yet final'})${
      comparison.previous ? `, compared with ${dayText(comparison.previous.reviewedOn)}` : ', the first review'
    }  ·  Generated ${dayText(localToday(now))}`,
  );
  if (latest.status === 'final' && latest.contentSha256)
    doc.font('Courier').fontSize(8).text(`SHA-256 of the review when finalised: ${latest.contentSha256}`);

  heading(doc, 'Strengths');
  doc.text(latest.strengths || 'Not written.');
  heading(doc, 'Limitations and areas for growth');
  doc.text(latest.limitations || 'Not written.');

  heading(doc, 'Ratings');
  const comments = new Map(latest.ratings.map((r) => [r.competencyCode, r.comment]));
  table(
    doc,
    [
      { title: 'Competency', width: 190 },
      { title: comparison.previous ? `Previous (${dayText(comparison.previous.reviewedOn)})` : 'Previous', width: 62 },
      { title: `Latest (${dayText(latest.reviewedOn)})`, width: 62 },
      { title: 'Change', width: 50 },
      { title: 'Comment', width: 148, align: 'left' },
    ],
    comparison.rows.map((r) => ({
      cells: [
        `${r.code} ${r.name}`,
        levelText(r.previous),
        levelText(r.latest),
        pdfText(changeText(r.change)) || '—',
        comments.get(r.code) ?? '',
      ],
    })),
    8.5,
  );

  heading(doc, 'Mean level at each review', 200);
  meanChart(doc, d);
  heading(doc, 'Latest review against the previous one', d.comparison.rows.length * 15 + 60);
  compareChart(doc, d);

  heading(doc, 'Goals');
  if (!d.goals.length) doc.text('No goals are recorded in the agreement.');
  else
    table(
      doc,
      [
        { title: 'Goal', width: 300 },
        { title: 'Target date', width: 80 },
        { title: 'Status', width: 80 },
        { title: 'Last reviewed', width: 52 },
      ],
      d.goals.map((g) => ({
        cells: [
          g.text,
          dayText(g.targetDate) || '—',
          GOAL_STATUS_LABELS[g.status],
          dayText(g.reviews[0]?.reviewedOn) || '—',
        ],
      })),
    );

  heading(doc, 'Hours');
  doc.text(
    `${d.hours.sessions} supervision sessions; ${round2(d.hours.supervisionHours)} supervision hours; ` +
      `${round2(d.hours.directHours)} direct and ${round2(d.hours.indirectHours)} indirect client-contact hours.`,
  );
  if (d.rules.pack) {
    doc.moveDown(0.3).text(`Toward ${d.rules.pack.name}:`);
    table(
      doc,
      [
        { title: 'Requirement', width: 300 },
        { title: 'So far', width: 70 },
        { title: 'Target', width: 70 },
        { title: 'Met', width: 50 },
      ],
      d.rules.progress.map((p) => ({
        cells: [
          p.label,
          `${round2(p.value)} ${p.unit}`,
          p.target === null ? 'none set' : `${round2(p.target)} ${p.unit}`,
          p.met === null ? '' : p.met ? 'yes' : 'no',
        ],
      })),
    );
  }

  forecastSection(doc, d.forecast);

  signatureLines(doc, ['Supervisee', 'Supervisor']);
  pageFooters(doc, `${d.person.fullName}  ·  ${d.title}  ·  Generated ${dayText(localToday(now))} by Alliance`);
  doc.end();
  return done;
}

// When the pack's requirements can be met, as the supervisee's page shows it.
function forecastSection(doc: Pdf, f: LicenceForecast) {
  if (!f.requirements.some((r) => !r.met)) return;
  heading(doc, 'Licensure forecast');
  doc.text(`Earliest possible: ${earliestText(f)}.`);
  doc.text(`At the pace of the last 8 weeks: ${outcomeText(f, f.outcomes.atPace8, 'in the last 8 weeks')}.`);
  doc.text(`At the pace of the last 26 weeks: ${outcomeText(f, f.outcomes.atPace26, 'in the last 26 weeks')}.`);
  if (f.registrationEnds) doc.text(`Registration ends: ${dayText(f.registrationEnds)}.`);
  for (const n of f.notes) doc.text(n.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => dayText(iso)));
}
