// The hour-log exports, as one workflow each for the app and the CLI: check the supervisee, write
// the file where the Destination says, record the export in the audit trail.
import type { CsvExportRequest, PdfExportRequest } from '../../contract/hours';
import { sql } from 'drizzle-orm';
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
// A file name people can tell apart: whose log it is (in safe characters) and the first and last
// days it actually holds, not the request's bounds ("all time" is not 1900-01-01).
export function safeName(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || 'supervisee';
}

function span(db: Db, superviseeId: string | 'all', from: string, to: string): { first: string; last: string } {
  const who = superviseeId === 'all' ? sql`` : sql` and supervisee_id = ${superviseeId}`;
  const row = db.get<{ first: string | null; last: string | null }>(
    sql`select min(d) as first, max(d) as last from (
      select date as d from supervision_sessions where deleted_at is null and date between ${from} and ${to}${who}
      union all
      select period_start as d from client_hours where period_start between ${from} and ${to}${who})`,
  );
  return { first: row?.first ?? from, last: row?.last ?? to };
}

export async function exportHoursCsv(
  db: () => Db,
  dest: Destination,
  req: CsvExportRequest,
  via: Via = 'app',
): Promise<Exported> {
  // Also refuses an unknown supervisee before any dialog opens.
  const whose =
    req.superviseeId === 'all' ? 'all-supervisees' : safeName(getSupervisee(db(), req.superviseeId).fullName);
  const { first, last } = span(db(), req.superviseeId, req.from, req.to);
  const saved = await dest(`alliance-hours-${req.layout}-${whose}-${first}-to-${last}.csv`, (write) => {
    const d = db();
    const people =
      req.superviseeId === 'all'
        ? listSupervisees(d, {
            search: '',
            status: 'any',
            archived: 'include',
          })
        : [getSupervisee(d, req.superviseeId)];
    return (req.layout === 'sessions' ? sessionsCsv : weeklyCsv)(d, people, req.from, req.to, write);
  });
  if (!saved) return { path: null, size: 0 };
  appendAudit(db(), 'exported', {
    what: `hours_${req.layout}_csv`,
    rows: saved.result,
    ...viaDetail(via),
  });
  return { path: saved.path, size: saved.result };
}

export async function exportHoursPdf(
  db: () => Db,
  dest: Destination,
  req: PdfExportRequest,
  via: Via = 'app',
): Promise<Exported> {
  const person = getSupervisee(db(), req.superviseeId);
  const pdf = await weeklyLogPdf(db(), person, req.from, req.to);
  const { first, last } = span(db(), req.superviseeId, req.from, req.to);
  const saved = await dest(`alliance-weekly-log-${safeName(person.fullName)}-${first}-to-${last}.pdf`, (write) =>
    write(pdf),
  );
  if (!saved) return { path: null, size: 0 };
  appendAudit(db(), 'exported', {
    what: 'hours_weekly_pdf',
    bytes: pdf.length,
    ...viaDetail(via),
  });
  return { path: saved.path, size: pdf.length };
}
