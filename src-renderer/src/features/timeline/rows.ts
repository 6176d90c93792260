// The timeline as the list draws it: events with a month heading and a week heading wherever the
// month or the week changes. Every row's height follows from the row alone (never measured), so
// prepending newer events moves the scroll position by an exact amount and a restored position
// lands on the same row.
import { weekStart } from '../../../../src-main/contract/dates';
import type { TimelineEvent } from '../../../../src-main/contract/timeline';

export type TimelineRow =
  | { type: 'month'; key: string; month: string }
  | { type: 'week'; key: string; week: string }
  | { type: 'event'; key: string; event: TimelineEvent; index: number };

export const ROW_HEIGHT = { month: 44, week: 32, event: 64 } as const;
// A review row lists each competency that dropped on a line of its own, so none is cut off, and
// what rose on one more line.
const REVIEW_TOP = 44;
export const FACT_LINE = 20;

// The competencies a review lowered, biggest drop first.
export function droppedIn(e: TimelineEvent): TimelineEvent['moved'] {
  if (e.kind !== 'review') return [];
  return e.moved
    .filter((m) => (m.to ?? 0) < (m.from ?? 0))
    .sort((a, b) => (a.to ?? 0) - (a.from ?? 0) - ((b.to ?? 0) - (b.from ?? 0)));
}

export function rowHeight(row: TimelineRow): number {
  if (row.type !== 'event') return ROW_HEIGHT[row.type];
  const drops = droppedIn(row.event).length;
  if (drops < 2) return ROW_HEIGHT.event;
  const rises = row.event.moved.length > drops ? 1 : 0;
  return Math.max(ROW_HEIGHT.event, REVIEW_TOP + FACT_LINE * (drops + rises));
}

export function timelineRows(events: readonly TimelineEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let month = '';
  let week = '';
  events.forEach((event, index) => {
    const m = event.at.slice(0, 7);
    const w = weekStart(event.at);
    if (m !== month) {
      rows.push({ type: 'month', key: `m${m}`, month: m });
      month = m;
      // A new month starts its first week afresh, even when the week began in the month before.
      week = '';
    }
    if (w !== week) {
      rows.push({ type: 'week', key: `w${m}${w}`, week: w });
      week = w;
    }
    rows.push({
      type: 'event',
      key: `${event.kind}:${event.id}`,
      event,
      index,
    });
  });
  return rows;
}
