import type { auditChannels } from '../../contract/audit';
import type { HandlersFor } from '../../contract/channel-table';
import type { Db } from '../../db/vault';
import { askUser, type FilePort } from '../shared/file-port';
import { listAudit, verifyAudit } from './audit-log';
import { exportAuditTrail } from './export-audit';

export function auditHandlers(db: () => Db, files: FilePort): HandlersFor<typeof auditChannels> {
  return {
    'audit.list': (i) => {
      const { events, total } = listAudit(db(), i);
      return {
        total,
        events: events.map((e) => ({ seq: e.seq, at: e.at, kind: e.kind, hash: e.hash, detail: JSON.parse(e.detail) })),
      };
    },
    'audit.verify': () => verifyAudit(db()),
    'audit.export': () => exportAuditTrail(db, askUser(files, db)),
  };
}
