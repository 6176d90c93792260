// The hour-log exports, as one workflow each for the app and the CLI: check the supervisee, write
// the file where the Destination says, record the export in the audit trail.
import type { CsvExportRequest, PdfExportRequest } from '../../contract/hours';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import type { Destination } from '../shared/file-port';
import { viaDetail, type Via } from '../shared/via';
import { getSupervisee, listSupervisees } from '../supervisees/supervisees';
import { sessionsCsv, weeklyCsv } from './hours-csv';
import { weeklyLogPdf } from './hours-pdf';

export interface Exported {
  path: string | null;
  // Rows written for a CSV (sessions or weeks), bytes for a PDF; 0 when cancelled.
  size: number;
}

// `db` is a getter: the vault is asked for again after a dialog, which it may have locked during.
export async function exportHoursCsv(
  db: () => Db,
  dest: Destination,
  req: CsvExportRequest,
  via: Via = 'app',
): Promise<Exported> {
  if (req.superviseeId !== 'all') getSupervisee(db(), req.superviseeId);
  const saved = await dest(`alliance-hours-${req.layout}-${req.from}-to-${req.to}.csv`, (write) => {
    const d = db();
    const people =
      req.superviseeId === 'all'
        ? listSupervisees(d, { search: '', status: 'any', archived: 'include' })
        : [getSupervisee(d, req.superviseeId)];
    return (req.layout === 'sessions' ? sessionsCsv : weeklyCsv)(d, people, req.from, req.to, write);
  });
  if (!saved) return { path: null, size: 0 };
  appendAudit(db(), 'exported', { what: `hours_${req.layout}_csv`, rows: saved.result, ...viaDetail(via) });
  return { path: saved.path, size: saved.result };
}

export async function exportHoursPdf(
  db: () => Db,
  dest: Destination,
  req: PdfExportRequest,
  via: Via = 'app',
): Promise<Exported> {
  const pdf = await weeklyLogPdf(db(), getSupervisee(db(), req.superviseeId), req.from, req.to);
  const saved = await dest(`alliance-weekly-log-${req.from}-to-${req.to}.pdf`, (write) => write(pdf));
  if (!saved) return { path: null, size: 0 };
  appendAudit(db(), 'exported', { what: 'hours_weekly_pdf', bytes: pdf.length, ...viaDetail(via) });
  return { path: saved.path, size: pdf.length };
}
