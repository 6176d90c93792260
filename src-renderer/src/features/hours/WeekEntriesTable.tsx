// Hours logged for a whole week, newest week first, each with Edit and Delete; a week a signed
// period touches shows a lock and says why its buttons are unavailable before anyone clicks.
import { memo } from 'react';
import { DIRECT_ACTIVITY_LABELS } from '../../../../src-main/contract/enums';
import type { WeekEntry } from '../../../../src-main/contract/hours';
import { hoursText } from '../../../../src-main/contract/numbers';
import { Table } from '../../components/Table';
import { dateText } from '../../app/format';

export const WeekEntriesTable = memo(function WeekEntriesTable(props: {
  entries: WeekEntry[];
  // A refusal of the last action, shown on the row it was taken on.
  refused: { weekStart: string; text: string } | null;
  onEdit: (e: WeekEntry) => void;
  onDelete: (e: WeekEntry) => void;
}) {
  if (!props.entries.length) return null;
  return (
    <section className="card" aria-labelledby="week-entries-title">
      <h2 id="week-entries-title">Hours logged for whole weeks</h2>
      <Table label="Week entries" columns={['Week', 'Direct h', 'By activity', 'Indirect h', '']}>
        {props.entries.map((e) => {
          const week = `${dateText(e.weekStart)} to ${dateText(e.weekEnd)}`;
          const why = e.signed ? 'A signed period covers part of this week: reopen it to change these hours.' : null;
          const note = `week-note-${e.weekStart}`;
          const refused = props.refused?.weekStart === e.weekStart ? props.refused.text : null;
          return (
            <tr key={e.weekStart}>
              <td>
                {week}
                {e.signed ? (
                  <span className="badge active" title={why!}>
                    <span aria-hidden="true">🔒 </span>signed
                  </span>
                ) : null}
              </td>
              <td>{hoursText(e.directHours)}</td>
              <td className="muted">
                {e.entries
                  .filter((x) => x.kind === 'direct')
                  .map((x) => `${DIRECT_ACTIVITY_LABELS[x.activity!]} ${hoursText(x.hours)}`)
                  .join(' · ')}
              </td>
              <td>{hoursText(e.indirectHours)}</td>
              <td style={{ whiteSpace: 'nowrap' }}>
                <button
                  type="button"
                  onClick={() => props.onEdit(e)}
                  aria-label={`Edit hours for ${week}`}
                  disabled={e.signed}
                  aria-describedby={why || refused ? note : undefined}
                >
                  Edit
                </button>{' '}
                <button
                  type="button"
                  onClick={() => props.onDelete(e)}
                  aria-label={`Delete hours for ${week}`}
                  disabled={e.signed}
                  aria-describedby={why || refused ? note : undefined}
                >
                  Delete
                </button>
                {why || refused ? (
                  <div id={note} className={refused ? 'field-error' : 'hint'} role={refused ? 'alert' : undefined}>
                    {refused ?? why}
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </Table>
    </section>
  );
});
