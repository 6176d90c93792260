// Hours logged for a whole week count on the week's Sunday. When the chosen range cuts such a
// week, the totals say which way it went, so a month's figures are never silently short.
import type { HoursSummary } from '../../../../src-main/contract/hours';
import { hoursText } from '../../../../src-main/contract/numbers';
import { dateText } from '../../app/format';

export function EdgeWeeksNote(props: { weeks: HoursSummary['edgeWeeks'] }) {
  return (
    <div className="alert info" role="note" aria-label="Weeks crossing the range">
      <p>Hours logged for a whole week count on that week’s Sunday.</p>
      <ul>
        {props.weeks.map((w) => (
          <li key={w.weekStart}>
            Week of {dateText(w.weekStart)} to {dateText(w.weekEnd)} ({hoursText(w.directHours)} direct,{' '}
            {hoursText(w.indirectHours)} indirect):{' '}
            {w.counted
              ? 'it starts before this range and is counted here.'
              : 'it ends after this range and is counted in the next one.'}
          </li>
        ))}
      </ul>
    </div>
  );
}
