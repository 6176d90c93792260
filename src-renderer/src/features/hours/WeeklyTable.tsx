// The week-by-week table under the totals. Collapsed by default; its rows are only rendered while
// it is open, and it re-renders only when the weeks change (not on every change of the view).
import { memo, useState } from 'react';
import type { HoursSummary } from '../../../../src-main/contract/hours';
import { hoursText as h } from '../../../../src-main/contract/numbers';
import { Table } from '../../components/Table';

const SHOWN_WEEKS = 104;

export const WeeklyTable = memo(function WeeklyTable(props: { weeks: HoursSummary['weeks'] }) {
  const [open, setOpen] = useState(false);
  if (!props.weeks.length) return null;
  return (
    <details className="card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Week by week ({props.weeks.length} weeks)</summary>
      {open ? (
        <Table
          label="Weekly hours"
          columns={['Week of', 'Sessions', 'Supervision', 'Ind./triadic', 'Group', 'Direct', 'Indirect']}
        >
          {props.weeks
            .slice(-SHOWN_WEEKS)
            .reverse()
            .map((w) => (
              <tr key={w.weekStart}>
                <td>{w.weekStart}</td>
                <td>{w.sessions}</td>
                <td>{h(w.supervisionHours)}</td>
                <td>{h(w.individualTriadicHours)}</td>
                <td>{h(w.groupHours)}</td>
                <td>{h(w.directHours)}</td>
                <td>{h(w.indirectHours)}</td>
              </tr>
            ))}
        </Table>
      ) : null}
    </details>
  );
});
