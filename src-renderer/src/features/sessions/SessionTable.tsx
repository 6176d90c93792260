// The supervisee's sessions, newest first. Memoised: new totals or a notice do not re-render the rows.
import { memo, useState } from 'react';
import { dateText } from '../../app/format';
import {
  ATTENDANCE_LABELS,
  FORMAT_LABELS,
  MODALITY_LABELS,
  OBSERVATION_LABELS,
} from '../../../../src-main/contract/enums';
import { hoursText } from '../../../../src-main/contract/numbers';
import type { Session } from '../../../../src-main/contract/sessions';
import type { SignedPeriod } from '../../../../src-main/contract/signing';
import { Table } from '../../components/Table';
import { LIST_LIMIT } from './hooks';

// The newest first, a page at a time: a table of hundreds of rows makes every save relayout them.
const PAGE = 50;
const total = (s: Session, kind: 'direct' | 'indirect') =>
  s.hours.filter((x) => x.kind === kind).reduce((n, x) => n + x.hours, 0);

// The signed (not reopened) period a day falls in: its rows cannot change until it is reopened.
function lockFor(periods: SignedPeriod[], date: string): SignedPeriod | undefined {
  return periods.find((p) => p.status === 'signed' && p.periodStart <= date && date <= p.periodEnd);
}

export const SessionTable = memo(function SessionTable(props: {
  sessions: Session[];
  periods: SignedPeriod[];
  onEdit: (s: Session) => void;
  onDelete: (s: Session) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  if (!props.sessions.length)
    return <div className="card empty">No sessions logged yet. Press “Log session” or Ctrl+Shift+L.</div>;
  const more = Math.min(PAGE, props.sessions.length - shown);
  return (
    <>
      <Table
        label="Sessions"
        columns={['Date', 'Minutes', 'Format', 'Modality', 'Observation', 'Direct h', 'Indirect h', 'Topics', '']}
      >
        {props.sessions.slice(0, shown).map((s) => (
          <SessionRow
            key={s.id}
            session={s}
            lock={lockFor(props.periods, s.date)}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
          />
        ))}
      </Table>
      {more > 0 ? (
        <button type="button" className="link" onClick={() => setShown(shown + PAGE)}>
          Show {more} older session{more === 1 ? '' : 's'}
        </button>
      ) : props.sessions.length >= LIST_LIMIT ? (
        <p className="muted">The newest {LIST_LIMIT} sessions show here; “Export sessions CSV…” lists every one.</p>
      ) : null}
    </>
  );
});

// One row, memoised: a saved session renders its own row, not the ones beside it.
const SessionRow = memo(function SessionRow({
  session: s,
  lock,
  onEdit,
  onDelete,
}: {
  session: Session;
  lock: SignedPeriod | undefined;
  onEdit: (s: Session) => void;
  onDelete: (s: Session) => void;
}) {
  // Said before anyone clicks: why Edit and Delete are unavailable, and what would make them so.
  const why = lock
    ? `Signed ${dateText(lock.periodStart)} to ${dateText(lock.periodEnd)}: reopen the period to change it.`
    : null;
  const day = dateText(s.date);
  return (
    <tr>
      <td>
        {day}
        {lock ? (
          <span className="badge active" title={why!}>
            <span aria-hidden="true">🔒 </span>signed
          </span>
        ) : null}
      </td>
      <td>
        {s.durationMinutes}
        {/* Not held: its minutes count for nothing, and the row says so. */}
        {s.attendance !== 'held' ? <span className="badge paused">{ATTENDANCE_LABELS[s.attendance]}</span> : null}
      </td>
      <td>
        {FORMAT_LABELS[s.format]}
        {s.groupSize ? ` (${s.groupSize})` : ''}
      </td>
      <td>{MODALITY_LABELS[s.modality]}</td>
      <td>{OBSERVATION_LABELS[s.observation]}</td>
      <td>{hoursText(total(s, 'direct'))}</td>
      <td>{hoursText(total(s, 'indirect'))}</td>
      <td className="muted">{s.topics}</td>
      <td className="row-actions">
        <button
          type="button"
          onClick={() => onEdit(s)}
          aria-label={`Edit session of ${day}`}
          disabled={!!lock}
          aria-describedby={lock ? `lock-${s.id}` : undefined}
        >
          Edit
        </button>{' '}
        <button
          type="button"
          onClick={() => onDelete(s)}
          aria-label={`Delete session of ${day}`}
          disabled={!!lock}
          aria-describedby={lock ? `lock-${s.id}` : undefined}
        >
          Delete
        </button>
        {why ? (
          <div id={`lock-${s.id}`} className="hint lock-reason">
            {why}
          </div>
        ) : null}
      </td>
    </tr>
  );
});
