// Writing the growth report where the user chooses, recorded in the audit trail without content.
import { invalid, issue } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { listGoals } from '../agreements/goals';
import { appendAudit } from '../audit/audit-log';
import { safeName, type Exported } from '../hours/exports';
import { hoursSummary } from '../hours/hours-summary';
import { evaluateRules } from '../rules/evaluate';
import { findPack } from '../rules/store';
import { forecastLicence } from '../rules/forecast';
import { localToday } from '../../contract/dates';
import type { Destination } from '../shared/file-port';
import { getSupervisee } from '../supervisees/supervisees';
import { growthComparison, growthSeries } from './growth';
import { growthReportPdf, type GrowthReportData } from './report-pdf';
import { getReview } from './reviews';

export function growthReportData(
  db: Db,
  req: { superviseeId: string; family: string; title: string },
): GrowthReportData {
  const person = getSupervisee(db, req.superviseeId);
  const series = growthSeries(db, person.id, req.family);
  const comparison = growthComparison(db, person.id, req.family);
  if (!series.framework || !comparison.latest)
    throw invalid(issue('family', 'There is no review against this framework yet: rate the supervisee first.'));
  const hours = hoursSummary(db, person.id, null, null);
  return {
    title: req.title,
    person,
    series,
    comparison,
    latest: getReview(db, comparison.latest.id),
    goals: listGoals(db, person.id),
    hours,
    rules: evaluateRules(db, person.id, findPack(db, person.rulePack)),
    forecast: forecastLicence({
      pack: findPack(db, person.rulePack),
      summary: hours,
      today: localToday(),
      supervisionStart: person.supervisionStart,
      directPerWeek: null,
    }),
  };
}

export async function exportGrowthReport(
  db: () => Db,
  dest: Destination,
  req: { superviseeId: string; family: string; title: string },
): Promise<Exported> {
  const data = growthReportData(db(), req);
  const pdf = await growthReportPdf(data);
  const saved = await dest(
    `alliance-growth-${safeName(data.person.fullName)}-${data.comparison.latest!.reviewedOn}.pdf`,
    (write) => write(pdf),
  );
  if (!saved) return { path: null, size: 0 };
  appendAudit(db(), 'exported', { what: 'growth_report_pdf', bytes: pdf.length });
  return { path: saved.path, size: pdf.length };
}
