// Per competency, the levels over time: a line for the chosen competency (with the framework's
// target), and beside it every competency at every review as a heat map table.
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { GrowthSeries } from '../../../../../src-main/contract/growth';
import { levelsOf, levelText } from '../../../../../src-main/contract/levels';
import { dateText } from '../../../app/format';
import { SelectField } from '../../../components/Field';
import { AfterFirstPaint } from '../../../components/AfterFirstPaint';
import { AXIS, ChartFigure, INK } from './ChartFigure';
import { mostMoved } from './order';

// How full a cell's shade is: the level's place on the scale, in five bands.
const band = (level: number, min: number, max: number) => Math.min(4, Math.floor(((level - min) / (max - min)) * 5));

export function LevelsChart(props: { series: GrowthSeries }) {
  const { series } = props;
  const f = series.framework!;
  // Opens on the competency that moved most, worked out from the series as it is now (a review just
  // finalised counts), until the person picks one.
  const [chosen, setCode] = useState<string | null>(null);
  const code = chosen ?? mostMoved(series.competencies);
  const c = series.competencies.find((x) => x.code === code) ?? series.competencies[0]!;
  const points = series.reviews.map((r, i) => ({ reviewId: r.id, reviewedOn: r.reviewedOn, level: c.levels[i]! }));
  const data = points.map((p) => ({ date: dateText(p.reviewedOn), level: p.level }));
  const rated = points.filter((p) => p.level !== null);
  const summary = rated.length
    ? `${c.name}: ${rated.map((p) => `${levelText(p.level)} on ${dateText(p.reviewedOn)}`).join(', ')}.`
    : `${c.name} has not been rated yet.`;
  return (
    <ChartFigure
      id="levels"
      title="Levels over time"
      summary={summary}
      controls={
        <SelectField label="Competency" value={c.code} onChange={(e) => setCode(e.target.value)}>
          {series.competencies.map((x) => (
            <option key={x.code} value={x.code}>
              {x.code} · {x.name}
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
                <XAxis dataKey="date" {...AXIS} />
                <YAxis domain={[f.scaleMin, f.scaleMax]} ticks={levelsOf({ ...f, halfLevels: false })} {...AXIS} />
                {f.targetLevel !== null ? (
                  <ReferenceLine
                    y={f.targetLevel}
                    stroke={INK.muted}
                    strokeDasharray="4 4"
                    label={{ value: 'target', fill: INK.muted, fontSize: 11, position: 'insideTopRight' }}
                  />
                ) : null}
                <Line
                  type="linear"
                  dataKey="level"
                  stroke={INK.accent}
                  strokeWidth={2.5}
                  dot={{ r: 4, fill: INK.accent }}
                  connectNulls
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </AfterFirstPaint>
        </>
      }
      table={
        <table className="heat" aria-label="Every competency at every review">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {series.reviews.map((r) => (
                <th scope="col" key={r.id}>
                  {dateText(r.reviewedOn)}
                  {r.status === 'draft' ? <span className="muted"> (draft)</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.competencies.map((x) => (
              <tr key={x.code}>
                <th scope="row" title={x.name}>
                  {x.code}
                </th>
                {x.levels.map((level, i) => {
                  const p = { reviewId: series.reviews[i]!.id, level };
                  const before = x.levels[i - 1] ?? null;
                  const drop = p.level !== null && before !== null && p.level < before;
                  return (
                    <td
                      key={p.reviewId}
                      className={p.level === null ? 'heat-none' : `heat-${band(p.level, f.scaleMin, f.scaleMax)}`}
                    >
                      {levelText(p.level)}
                      {drop ? (
                        <span className="drop">
                          {' '}
                          ▼<span className="sr-only"> dropped</span>
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
