// Hours progress toward the rule pack's targets: a bar per requirement (how much of it is done),
// and the figures beside it.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { RuleEvaluation } from '../../../../../src-main/contract/rules';
import { AfterFirstPaint } from '../../../components/AfterFirstPaint';
import { ChartFigure, AXIS, INK } from './ChartFigure';

const num = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });

export function HoursChart(props: { evaluation: RuleEvaluation }) {
  const { pack, progress } = props.evaluation;
  if (!pack || !progress.length)
    return (
      <section className="chart-figure" aria-label="Hours progress">
        <h3>Hours progress</h3>
        <p className="muted">This supervisee follows no rule pack; choose one on their page to see progress here.</p>
      </section>
    );
  // Only requirements with a number to reach have a bar; the others are figures in the table.
  const data = progress.flatMap((p) =>
    p.target === null ? [] : [{ label: p.label, done: Math.min(100, Math.round((p.value / p.target) * 100)) }],
  );
  const summary = `Toward ${pack.name}: ${progress
    .map((p) =>
      p.target === null
        ? `${p.label} ${num(p.value)} ${p.unit}`
        : `${p.label} ${num(p.value)} of ${num(p.target)} ${p.unit}`,
    )
    .join('; ')}.`;
  const height = Math.max(120, 44 * data.length);
  return (
    <ChartFigure
      id="hours"
      title="Hours progress"
      summary={summary}
      chart={
        <AfterFirstPaint height={height}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={INK.grid} strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit="%" {...AXIS} />
              <YAxis type="category" dataKey="label" width={150} {...AXIS} />
              <Bar dataKey="done" fill={INK.accent} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </AfterFirstPaint>
      }
      table={
        <table aria-label={`Progress toward ${pack.name}`}>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">So far</th>
              <th scope="col">Target</th>
              <th scope="col">Met</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>
                  {num(p.value)} {p.unit}
                </td>
                <td>{p.target === null ? 'None set' : `${num(p.target)} ${p.unit}`}</td>
                <td>{p.met === null ? '' : p.met ? 'Yes' : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
