// A chart with its table beside it. The chart is one image to a screen reader, named by a sentence
// that says what it shows; the table beside it carries every number, so nothing is only visual.
import type { ReactNode } from 'react';

export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  // Choices that change what the chart shows; kept outside the image so they stay reachable.
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart-figure" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>
        <h3>{props.title}</h3>
      </figcaption>
      {props.controls}
      <div className="chart-and-table">
        <div className="chart" role="img" aria-label={`${props.title}. ${props.summary}`}>
          {props.chart}
        </div>
        {/* It scrolls when long, so it takes focus: the keyboard can scroll it too. */}
        <div className="chart-table" tabIndex={0} role="region" aria-label={`${props.title}, as a table`}>
          {props.table}
        </div>
      </div>
    </figure>
  );
}

// Theme colours for SVG: the page's own variables, so light and dark follow the app.
export const INK = {
  accent: 'var(--accent)',
  muted: 'var(--muted)',
  grid: 'var(--border)',
  danger: 'var(--danger)',
  text: 'var(--text)',
  second: 'var(--chart-2)',
  third: 'var(--chart-3)',
};
export const AXIS = { stroke: INK.muted, tick: { fill: INK.muted, fontSize: 12 } };
