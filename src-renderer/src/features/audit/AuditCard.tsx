// Settings > Security log: the hash-chained audit trail, its verification, and an export.
import { useEffect, useState } from 'react';
import type { AuditEventView } from '../../../../src-main/contract/audit';
import { api } from '../../api/client';

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
};

function describe(detail: AuditEventView['detail']): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== '' && v !== 0)
    .map(([k, v]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${String(v)}`)
    .join(', ');
}

// `version` changes whenever something on the page may have added events.
export function AuditCard(props: { version: number }) {
  const [events, setEvents] = useState<AuditEventView[]>([]);
  const [total, setTotal] = useState(0);
  const [verdict, setVerdict] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [own, setOwn] = useState(0);

  useEffect(() => {
    let current = true;
    void api.audit.list({ limit: 50 }).then((r) => {
      if (current && r.ok) {
        setEvents(r.value.events);
        setTotal(r.value.total);
      }
    });
    return () => {
      current = false;
    };
  }, [props.version, own]);

  async function verify() {
    const r = await api.audit.verify({});
    if (!r.ok) setVerdict(r.error.message);
    else if (r.value.ok) setVerdict(`Intact: all ${r.value.checked} events chain correctly.`);
    else
      setVerdict(
        `Broken at event ${r.value.firstBadSeq} (${r.value.problem === 'gap' ? 'an event is missing' : 'an event was altered'}). Restore from a backup if you did not expect this.`,
      );
  }

  async function exportLog() {
    const r = await api.audit.export({});
    setExported(r.ok ? (r.value.path ? `Saved to ${r.value.path}` : null) : r.error.message);
    setOwn((n) => n + 1);
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
      {verdict ? (
        <div className="alert info" role="status">
          {verdict}
        </div>
      ) : null}
      {exported ? (
        <div className="alert info" role="status">
          {exported}
        </div>
      ) : null}
      <table aria-label="Security log">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td>{new Date(e.at).toLocaleString()}</td>
              <td>{LABELS[e.kind]}</td>
              <td className="muted">{describe(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" style={{ marginTop: '0.5rem' }}>
        Showing the newest {events.length} of {total} events.
      </p>
    </div>
  );
}
