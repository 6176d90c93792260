// The audit trail as a JSON file, and an audit entry saying it was exported.
import type { Db } from '../../db/vault';
import type { Destination } from '../shared/file-port';
import { viaDetail, type Via } from '../shared/via';
import { appendAudit, exportAudit } from './audit-log';

export async function exportAuditTrail(
  db: () => Db,
  dest: Destination,
  via: Via = 'app',
): Promise<{ path: string | null }> {
  const doc = exportAudit(db());
  const saved = await dest(`alliance-audit-${doc.exportedAt.slice(0, 10)}.json`, (write) =>
    write(`${JSON.stringify(doc, null, 2)}\n`),
  );
  if (saved) appendAudit(db(), 'exported', { what: 'audit_trail', events: doc.events.length, ...viaDetail(via) });
  return { path: saved?.path ?? null };
}
