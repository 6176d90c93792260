// The alliance trend: goals, tasks and bond at each check-in of one respondent, with the check-ins
// that dropped 2 or more points against the recent average marked, and the figures beside it.
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Checkin } from '../../../../../src-main/contract/alliance';
import {
  ALLIANCE_PART_LABELS,
  ALLIANCE_PARTS,
  RESPONDENT_LABELS,
  RESPONDENTS,
  type Respondent,
} from '../../../../../src-main/contract/enums';
import { dateText } from '../../../app/format';
import { SelectField } from '../../../components/Field';
import { AfterFirstPaint } from '../../../components/AfterFirstPaint';
import { AXIS, ChartFigure, INK } from './ChartFigure';

const SHORT = { goals: 'Goals', tasks: 'Tasks', bond: 'Bond' } as const;
const COLOURS = { goals: INK.accent, tasks: INK.second, bond: INK.third } as const;
const TABLE_ROWS = 12;

export function AllianceChart(props: { checkins: Checkin[] }) {
  const [who, setWho] = useState<Respondent>('supervisee');
  const mine = props.checkins.filter((c) => c.respondent === who);
  const data = mine.map((c) => ({
    date: dateText(c.checkedOn),
    goals: c.goals,
    tasks: c.tasks,
    bond: c.bond,
    // A marker under the lowest part of a check-in that dropped.
    flagged: c.drops.length ? Math.min(c.goals, c.tasks, c.bond) : null,
  }));
  const flagged = mine.filter((c) => c.drops.length);
  const last = mine.at(-1);
  const summary = last
    ? `${mine.length} check-ins (${RESPONDENT_LABELS[who].toLowerCase()}); the latest, on ` +
      `${dateText(last.checkedOn)}: goals ${last.goals}, tasks ${last.tasks}, bond ${last.bond} out of 10. ` +
      `${flagged.length} flagged for a drop of 2 or more.`
    : `No check-ins of this kind yet.`;
  return (
    <ChartFigure
      id="alliance"
      title="Alliance trend"
      summary={summary}
      controls={
        <SelectField label="Answers" value={who} onChange={(e) => setWho(e.target.value as Respondent)}>
          {RESPONDENTS.map((r) => (
            <option key={r} value={r}>
              {RESPONDENT_LABELS[r]}
            </option>
          ))}
        </SelectField>
      }
      chart={
        <>
          <AfterFirstPaint height={220}>
            <ResponsiveContainer width="100%" height={220}>
              <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }} accessibilityLayer={false}>
                <CartesianGrid stroke={INK.grid} strokeDasharray="3 3" />
                <XAxis dataKey="date" {...AXIS} minTickGap={24} />
                <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} {...AXIS} />
                {ALLIANCE_PARTS.map((p) => (
                  <Line
                    key={p}
                    name={SHORT[p]}
                    type="linear"
                    dataKey={p}
                    stroke={COLOURS[p]}
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
                <Line
                  name="Drop flagged"
                  dataKey="flagged"
                  stroke="none"
                  dot={{ r: 5, fill: INK.danger, stroke: INK.danger }}
                  isAnimationActive={false}
                  legendType="circle"
                />
                <Legend wrapperStyle={{ fontSize: 12 }} />
              </LineChart>
            </ResponsiveContainer>
          </AfterFirstPaint>
        </>
      }
      table={
        <table aria-label="Recent check-ins">
          <thead>
            <tr>
              <th scope="col">Date</th>
              {ALLIANCE_PARTS.map((p) => (
                <th scope="col" key={p} title={ALLIANCE_PART_LABELS[p]}>
                  {SHORT[p]}
                </th>
              ))}
              <th scope="col">Flag</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {mine
              .slice(-TABLE_ROWS)
              .reverse()
              .map((c) => (
                <tr key={c.id} className={c.drops.length ? 'dropped' : undefined}>
                  <th scope="row">{dateText(c.checkedOn)}</th>
                  <td>{c.goals}</td>
                  <td>{c.tasks}</td>
                  <td>{c.bond}</td>
                  <td>
                    {c.drops.length ? (
                      <span className="badge risk">
                        Dropped: {c.drops.map((d) => SHORT[d].toLowerCase()).join(', ')}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{c.comment}</td>
                </tr>
              ))}
          </tbody>
        </table>
      }
    />
  );
}
