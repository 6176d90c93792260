// The supervisor's reconciliation of a period: the supervisee's log, as their last hours packet for
// it carried it, line by line beside their own. Each line that differs is accepted (theirs is written
// into your log), kept (yours stands) or queried (the question goes back with the next packet); a
// period can be signed only once no line is open.
import { useState } from 'react';
import type { ReconcileLineView } from '../../../../src-main/contract/exchange';
import { attempt, useRead } from '../../api/queries';
import { dateText, datesInText } from '../../app/format';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { Table } from '../../components/Table';
import { useDaysBySigning } from '../signing/use-signing-period';

const STATE_LABELS: Record<ReconcileLineView['state'], string> = {
  matched: 'Matched',
  only_mine: 'Only in mine',
  only_theirs: 'Only in theirs',
  conflicting: 'Different',
};
const DECISION_LABELS = { accepted: 'Accepted theirs', kept: 'Kept mine', queried: 'Queried' } as const;

function valueText(v: ReconcileLineView['mine']): string {
  if (!v) return '—';
  if ('hours' in v) return `${v.hours} h`;
  return `${v.durationMinutes} min${v.attendance === 'held' ? '' : `, ${v.attendance.replace(/_/g, ' ')}`}`;
}

export function ReconcileTable(props: { superviseeId: string }) {
  // The days start at the last whole period their rule pack signs by, until the person types others.
  const { signing, from, to, setFrom, setTo } = useDaysBySigning(props.superviseeId);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const r = useRead('exchange.reconcile', { superviseeId: props.superviseeId, from, to }, { enabled: valid }).data;
  // A refusal shows on the row it is about.
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [note, setNote] = useState('');

  async function settle(line: ReconcileLineView, action: 'accepted' | 'kept' | 'queried', text = '') {
    const res = await attempt('exchange.resolve', {
      superviseeId: props.superviseeId,
      from,
      to,
      key: line.key,
      action,
      note: text,
    });
    setError(res.ok ? null : { key: line.key, message: res.error.message });
    if (res.ok) {
      setAsking(null);
      setNote('');
    }
  }

  return (
    <section className="exchange-part" aria-labelledby="reconcile-title">
      <h3 id="reconcile-title">Their hours beside yours</h3>
      {signing ? (
        <p className="muted" data-testid="signs-by">
          {signing.words}. The days below start at the last whole one.
        </p>
      ) : null}
      <div className="grid-3">
        <TextField label="Reconcile from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="Reconcile to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {!r ? null : !r.received ? (
        <p className="muted">No hours received from them for these days yet.</p>
      ) : (
        <>
          <p role="status" data-testid="reconcile-summary">
            {r.open === 0
              ? `All ${r.lines.length} lines settled: the period can be signed.`
              : `${r.open} of ${r.lines.length} lines open. A period can be signed once none is.`}{' '}
            <span className="muted">
              Their packet covers {dateText(r.received.from)} to {dateText(r.received.to)}.
            </span>
          </p>
          <Table label="Reconciliation" columns={['What', 'Mine', 'Theirs', 'State', '']}>
            {r.lines.map((l) => (
              <tr key={l.key} className={l.open ? 'open-line' : undefined}>
                <th scope="row">{datesInText(l.label)}</th>
                <td className="value">{valueText(l.mine)}</td>
                <td className="value">{valueText(l.theirs)}</td>
                <td>
                  {STATE_LABELS[l.state]}
                  {l.resolution ? (
                    <>
                      <br />
                      <span className="muted">
                        {DECISION_LABELS[l.resolution.action]}
                        {l.resolution.note ? `: ${l.resolution.note}` : ''}
                      </span>
                    </>
                  ) : null}
                </td>
                <td>
                  {l.state === 'matched' ? null : asking === l.key ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        void settle(l, 'queried', note);
                      }}
                    >
                      <TextField label="Your question" value={note} onChange={(e) => setNote(e.target.value)} />
                      <div className="actions">
                        <button type="submit">Save the question</button>
                        <button type="button" onClick={() => setAsking(null)}>
                          Cancel
                        </button>
                      </div>
                    </form>
                  ) : (
                    <div className="actions" style={{ marginTop: 0 }}>
                      <button
                        type="button"
                        onClick={() => void settle(l, 'accepted')}
                        aria-label={`Accept theirs: ${datesInText(l.label)}`}
                      >
                        Accept theirs
                      </button>
                      <button
                        type="button"
                        onClick={() => void settle(l, 'kept')}
                        aria-label={`Keep mine: ${datesInText(l.label)}`}
                      >
                        Keep mine
                      </button>
                      <button
                        type="button"
                        onClick={() => setAsking(l.key)}
                        aria-label={`Query: ${datesInText(l.label)}`}
                      >
                        Query…
                      </button>
                    </div>
                  )}
                  {error?.key === l.key ? <ErrorAlert message={error.message} /> : null}
                </td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </section>
  );
}
