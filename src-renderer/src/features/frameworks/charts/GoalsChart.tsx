// The agreement's goals met over time: how many were met by the end of each month, and each goal's
// status beside it.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Goal } from '../../../../../src-main/contract/agreements';
import { GOAL_STATUS_LABELS } from '../../../../../src-main/contract/enums';
import { dateText, shortMonthText } from '../../../app/format';
import { AfterFirstPaint } from '../../../components/AfterFirstPaint';
import { AXIS, ChartFigure, INK } from './ChartFigure';

// The day a met goal was met: its newest review, which gave it that status.
const metOn = (g: Goal) => (g.status === 'met' ? (g.reviews[0]?.reviewedOn ?? null) : null);

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
}

export function GoalsChart(props: { goals: Goal[]; today: string }) {
  const { goals } = props;
  if (!goals.length)
    return (
      <section className="chart-figure" aria-label="Goals met over time">
        <h3>Goals met over time</h3>
        <p className="muted">No goals in the agreement yet; add them on the supervisee’s page.</p>
      </section>
    );
  const first = goals.map((g) => g.setOn).sort()[0]!;
  const met = goals.map(metOn).filter((d): d is string => d !== null);
  const data = months(first, props.today).map((m) => ({ month: m, met: met.filter((d) => d.slice(0, 7) <= m).length }));
  const latest = met.length ? `, the latest on ${dateText(met.sort().at(-1)!)}` : '';
  const summary = `${met.length} of ${goals.length} goals met${latest}.`;
  return (
    <ChartFigure
      id="goals"
      title="Goals met over time"
      summary={summary}
      chart={
        <AfterFirstPaint height={200}>
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }} accessibilityLayer={false}>
              <CartesianGrid stroke={INK.grid} strokeDasharray="3 3" />
              <XAxis dataKey="month" tickFormatter={shortMonthText} {...AXIS} />
              <YAxis allowDecimals={false} domain={[0, goals.length]} {...AXIS} />
              <Line
                type="stepAfter"
                dataKey="met"
                stroke={INK.accent}
                strokeWidth={2.5}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </AfterFirstPaint>
      }
      table={
        <table aria-label="Goals and their status">
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Status</th>
              <th scope="col">Met on</th>
            </tr>
          </thead>
          <tbody>
            {goals.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.text}</th>
                <td>{GOAL_STATUS_LABELS[g.status]}</td>
                <td>{metOn(g) ? dateText(metOn(g)) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
