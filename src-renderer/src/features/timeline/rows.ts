// The timeline as the list draws it: events with a month heading and a week heading wherever the
// month or the week changes. Every row has a fixed height, so prepending newer events moves the
// scroll position by an exact amount and a restored position lands on the same row.
import { weekStart } from '../../../../src-main/contract/dates';
import type { TimelineEvent } from '../../../../src-main/contract/timeline';

export type TimelineRow =
  | { type: 'month'; key: string; month: string }
  | { type: 'week'; key: string; week: string }
  | { type: 'event'; key: string; event: TimelineEvent; index: number };

export const ROW_HEIGHT = { month: 44, week: 32, event: 64 } as const;

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
