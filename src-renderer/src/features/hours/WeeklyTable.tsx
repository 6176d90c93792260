// The week-by-week table under the totals: open, with the newest 12 weeks, until the user asks for
// all of them (up to two years) or folds it; it re-renders only when the weeks change.
import { memo, useState } from 'react';
import { dateText } from '../../app/format';
import type { HoursSummary } from '../../../../src-main/contract/hours';
import { hoursText as h } from '../../../../src-main/contract/numbers';
import { Table } from '../../components/Table';

const RECENT_WEEKS = 12;
const ALL_WEEKS = 104;

export const WeeklyTable = memo(function WeeklyTable(props: { weeks: HoursSummary['weeks'] }) {
  const [open, setOpen] = useState(true);
  const [all, setAll] = useState(false);
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
            .slice(-(all ? ALL_WEEKS : RECENT_WEEKS))
            .reverse()
            .map((w) => (
              <tr key={w.weekStart}>
                <td>{dateText(w.weekStart)}</td>
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
      {open && props.weeks.length > RECENT_WEEKS ? (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? `Show the newest ${RECENT_WEEKS} weeks` : `Show all ${Math.min(ALL_WEEKS, props.weeks.length)} weeks`}
        </button>
      ) : null}
    </details>
  );
});
