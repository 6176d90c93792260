// Settings > Security log: the hash-chained audit trail, its verification, and an export.
import { useState } from 'react';
import { momentText } from '../../app/format';
import type { AuditEventView } from '../../../../src-main/contract/audit';
import { call, RequestFailed, useRead, useWrite } from '../../api/queries';
import { UNENCRYPTED } from '../../components/notices';
import { InfoAlert } from '../../components/Alert';
import { Table } from '../../components/Table';

const LABELS: Record<AuditEventView['kind'], string> = {
  vault_created: 'Vault created',
  unlocked: 'Unlocked',
  unlock_failed: 'Failed unlock attempts',
  locked: 'Locked',
  passphrase_changed: 'Passphrase changed',
  recovered: 'Unlocked with recovery key',
  exported: 'Exported',
  imported: 'Imported',
  backed_up: 'Backed up',
  restored: 'Restored from backup',
  period_signed: 'Period signed',
  period_reopened: 'Period reopened',
  review_finalised: 'Competency review finalised',
  review_reopened: 'Competency review reopened',
  retention_extended: 'Keep-until date extended',
  legal_hold_set: 'Legal hold placed',
  legal_hold_lifted: 'Legal hold lifted',
  records_deleted: 'A supervisee’s records deleted for good',
  quick_unlock_on: 'Quick unlock turned on',
  exchange_identity_created: 'Exchange identity created',
  peer_paired: 'Paired for exchange',
  packet_sent: 'Exchange packet sent',
  packet_received: 'Exchange packet received',
  packet_refused: 'Exchange packet refused',
  quick_unlock_off: 'Quick unlock turned off',
};

function describe(detail: AuditEventView['detail']): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== '' && v !== 0)
    .map(([k, v]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${String(v)}`)
    .join(', ');
}

// Every write marks the trail stale (see useWrite), so it is read again whenever it is on screen.
export function AuditCard() {
  const { data } = useRead('audit.list', { limit: 50 });
  const events = data?.events ?? [];
  const total = data?.total ?? 0;
  const [verdict, setVerdict] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const exportWrite = useWrite('audit.export');

  async function verify() {
    try {
      const v = await call('audit.verify', {});
      setVerdict(
        v.ok
          ? `Intact: all ${v.checked} events chain correctly. Newest event ${v.head.seq}, hash ` +
              `${v.head.hash.slice(0, 16)}…`
          : v.problem === 'unprotected'
            ? 'The trail’s append-only protection was removed: it can no longer be trusted. Restore from a backup.'
            : `Broken at event ${v.firstBadSeq} ` +
              `(${v.problem === 'gap' ? 'an event is missing' : 'an event was altered'}). Restore from a backup if ` +
              `you did not expect this.`,
      );
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
      setVerdict(e.error.message);
    }
  }

  async function exportLog() {
    try {
      const r = await exportWrite.mutateAsync({});
      setExported(r.path ? `Saved to ${r.path}. ${UNENCRYPTED}` : null);
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
      setExported(e.error.message);
    }
  }

  return (
    <div className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">Security log</h2>
      <p className="muted">
        Vault events only: unlocks, locks, changes, exports and backups. No clinical text is ever written here.
      </p>
      <div className="actions" style={{ marginTop: 0, marginBottom: '0.75rem' }}>
        <button type="button" onClick={() => void verify()}>
          Verify log
        </button>
        <button type="button" onClick={() => void exportLog()}>
          Export log…
        </button>
      </div>
      <InfoAlert message={verdict} />
      <InfoAlert message={exported} />
      <Table label="Security log" columns={['When', 'Event', 'Details']}>
        {events.map((e) => (
          <tr key={e.seq}>
            <td>{momentText(e.at)}</td>
            <td>{LABELS[e.kind]}</td>
            <td className="muted">{describe(e.detail)}</td>
          </tr>
        ))}
      </Table>
      <p className="muted" style={{ marginTop: '0.5rem' }}>
        Showing the newest {events.length} of {total} events.
      </p>
    </div>
  );
}
