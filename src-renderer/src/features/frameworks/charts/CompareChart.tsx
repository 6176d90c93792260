// The latest review against the previous one at a glance: a radar of both across competencies, and
// a table with the change, drops flagged.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type { Framework } from '../../../../../src-main/contract/frameworks';
import type { GrowthComparison } from '../../../../../src-main/contract/growth';
import { changeText, levelText } from '../../../../../src-main/contract/levels';
import { dateText } from '../../../app/format';
import { AfterFirstPaint } from '../../../components/AfterFirstPaint';
import { ChartFigure, INK } from './ChartFigure';
import { dropsFirst } from './order';

export function CompareChart(props: { comparison: GrowthComparison; framework: Framework }) {
  const { comparison: c, framework: f } = props;
  if (!c.latest) return null;
  const data = c.rows.map((r) => ({
    code: r.code,
    latest: r.latest ?? f.scaleMin,
    previous: r.previous ?? f.scaleMin,
  }));
  const up = c.rows.filter((r) => (r.change ?? 0) > 0).length;
  const down = c.rows.filter((r) => (r.change ?? 0) < 0);
  const summary = c.previous
    ? `Review of ${dateText(c.latest.reviewedOn)} against ${dateText(c.previous.reviewedOn)}: ` +
      `${up} competencies rose, ${down.length} dropped${down.length ? ` (${down.map((r) => r.code).join(', ')})` : ''}.`
    : `The first review, of ${dateText(c.latest.reviewedOn)}; there is nothing earlier to compare with.`;
  const latestName = `Latest (${dateText(c.latest.reviewedOn)})`;
  const previousName = c.previous ? `Previous (${dateText(c.previous.reviewedOn)})` : 'Previous';
  return (
    <ChartFigure
      id="compare"
      title="Latest review against the previous one"
      summary={summary}
      chart={
        <AfterFirstPaint height={280}>
          <ResponsiveContainer width="100%" height={280}>
            <RadarChart data={data} outerRadius="72%" accessibilityLayer={false}>
              <PolarGrid stroke={INK.grid} />
              <PolarAngleAxis dataKey="code" tick={{ fill: INK.muted, fontSize: 11 }} />
              <PolarRadiusAxis domain={[f.scaleMin, f.scaleMax]} tick={false} axisLine={false} />
              {c.previous ? (
                <Radar
                  name={previousName}
                  dataKey="previous"
                  stroke={INK.muted}
                  fill={INK.muted}
                  fillOpacity={0.15}
                  isAnimationActive={false}
                />
              ) : null}
              <Radar
                name={latestName}
                dataKey="latest"
                stroke={INK.accent}
                fill={INK.accent}
                fillOpacity={0.3}
                isAnimationActive={false}
              />
              <Legend wrapperStyle={{ fontSize: 12 }} />
            </RadarChart>
          </ResponsiveContainer>
        </AfterFirstPaint>
      }
      table={
        <table aria-label="Change since the previous review">
          <caption className="muted">
            {latestName}
            {c.previous ? `, ${previousName.toLowerCase()}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Previous</th>
              <th scope="col">Latest</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {dropsFirst(c.rows).map((r) => (
              <tr key={r.code} className={r.change !== null && r.change < 0 ? 'dropped' : undefined}>
                <th scope="row" title={r.name}>
                  {r.code}
                </th>
                <td>{levelText(r.previous)}</td>
                <td>{levelText(r.latest)}</td>
                <td>
                  {r.change !== null && r.change < 0 ? (
                    <span className="badge risk">Dropped {changeText(r.change)}</span>
                  ) : (
                    changeText(r.change) || '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
