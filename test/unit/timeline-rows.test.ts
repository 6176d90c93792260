// The timeline as the list draws it (src-renderer/src/features/timeline): headings where the month or
// the week changes, and each event's words and the record it opens.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src-main/contract/timeline';
import { eventFacts, eventTitle, routeOf } from '../../src-renderer/src/features/timeline/event-text';
import { timelineRows } from '../../src-renderer/src/features/timeline/rows';

const S = '00000000-0000-4000-8000-00000000000a';
const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'session',
  superviseeId: S,
  superviseeName: 'Sample Person',
  at: '2026-03-02',
  label: '',
  riskFlags: [],
  detail: {},
  moved: [],
  drops: [],
  ...over,
});

describe('timeline rows', () => {
  it('puts a month heading and a week heading (weeks from Monday) wherever either changes', () => {
    const rows = timelineRows([
      event({ id: '00000000-0000-4000-8000-000000000001', at: '2026-03-04' }),
      event({ id: '00000000-0000-4000-8000-000000000002', at: '2026-03-02' }),
      event({ id: '00000000-0000-4000-8000-000000000003', at: '2026-03-01' }),
      event({ id: '00000000-0000-4000-8000-000000000004', at: '2026-02-27' }),
    ]);
    // 1 March is a Sunday: the week of 23 February, shown again under February.
    expect(rows.map((r) => (r.type === 'event' ? r.event.at : r.type === 'month' ? r.month : `w ${r.week}`))).toEqual([
      '2026-03',
      'w 2026-03-02',
      '2026-03-04',
      '2026-03-02',
      'w 2026-02-23',
      '2026-03-01',
      '2026-02',
      'w 2026-02-23',
      '2026-02-27',
    ]);
    expect(rows.filter((r) => r.type === 'event').map((r) => (r.type === 'event' ? r.index : -1))).toEqual([
      0, 1, 2, 3,
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('says what happened in plain words and opens the record', () => {
    const dateText = (d: string) => `[${d}]`;
    expect(eventFacts(event({ detail: { minutes: 50, format: 'individual', modality: 'video' } }), dateText)).toEqual([
      '50 min',
      'Individual',
      'Live video',
    ]);
    const review = event({ kind: 'review', moved: [{ name: 'Assessment', from: 2, to: 3.5 }] });
    expect(eventTitle(review)).toBe('Review finalised');
    expect(eventFacts(review, dateText)).toEqual(['Assessment: 2 → 3.5']);
    expect(routeOf(review)).toEqual({ view: 'competencies', id: S, record: review.id });
    expect(eventTitle(event({ kind: 'goal_review', detail: { status: 'met' } }))).toBe('Goal met');
    expect(eventTitle(event({ kind: 'agreement', detail: { version: 3 } }))).toBe('Agreement amended (version 3)');
    const action = event({ kind: 'action_due', detail: { caseCode: 'C-9', noteId: S, due: '2026-03-09', done: true } });
    expect(eventFacts(action, dateText)).toEqual(['Case C-9', 'done']);
    expect(routeOf(action)).toEqual({ view: 'notes', id: S, record: S });
    expect(routeOf(event({ kind: 'checkin' }))).toEqual({ view: 'supervisees', id: S });
  });
});
