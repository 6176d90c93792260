// The supervisee's sessions, newest first. Memoised: new totals or a notice do not re-render 200 rows.
import { memo } from 'react';
import { FORMAT_LABELS, MODALITY_LABELS } from '../../../../src-main/contract/enums';
import type { Session } from '../../../../src-main/contract/sessions';
import { Table } from '../../components/Table';

const SHOWN_SESSIONS = 200;

export const SessionTable = memo(function SessionTable(props: {
  sessions: Session[];
  onEdit: (s: Session) => void;
  onDelete: (s: Session) => void;
}) {
  if (!props.sessions.length)
    return <div className="card empty">No sessions logged yet. Press “Log session” or Ctrl+Shift+L.</div>;
  return (
    <Table label="Sessions" columns={['Date', 'Minutes', 'Format', 'Modality', 'Topics', '']}>
      {props.sessions.slice(0, SHOWN_SESSIONS).map((s) => (
        <tr key={s.id}>
          <td>{s.date}</td>
          <td>{s.durationMinutes}</td>
          <td>
            {FORMAT_LABELS[s.format]}
            {s.groupSize ? ` (${s.groupSize})` : ''}
          </td>
          <td>{MODALITY_LABELS[s.modality]}</td>
          <td className="muted">{s.topics}</td>
          <td style={{ whiteSpace: 'nowrap' }}>
            <button type="button" onClick={() => props.onEdit(s)} aria-label={`Edit session of ${s.date}`}>
              Edit
            </button>{' '}
            <button type="button" onClick={() => props.onDelete(s)} aria-label={`Delete session of ${s.date}`}>
              Delete
            </button>
          </td>
        </tr>
      ))}
    </Table>
  );
});
