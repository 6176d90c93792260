// The timeline as the list draws it (src-renderer/src/features/timeline): headings where the month or
// the week changes, and each event's words and the record it opens.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src-main/contract/timeline';
import { eventFacts, eventTitle, routeOf } from '../../src-renderer/src/features/timeline/event-text';
import { FACT_LINE, ROW_HEIGHT, rowHeight, timelineRows } from '../../src-renderer/src/features/timeline/rows';
import { dateText, dueWords } from '../../src-renderer/src/app/format';
import { dropsFirst, mostMoved } from '../../src-renderer/src/features/frameworks/charts/order';

const S = '00000000-0000-4000-8000-00000000000a';
// An event as the contract has it; `over` may change its kind, so its detail is given with it.
const event = (over: Record<string, unknown>): TimelineEvent =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'session',
    superviseeId: S,
    superviseeName: 'Sample Person',
    at: '2026-03-02',
    label: '',
    riskFlags: [],
    detail: { minutes: 60, format: 'individual', modality: 'video', attendance: 'held' },
    moved: [],
    drops: [],
    firstReview: false,
    riskClosedOn: null,
    ...over,
  }) as TimelineEvent;

describe('timeline rows', () => {
  it('gives a review with several drops a line for each, so none is cut off', () => {
    const review = (moved: { name: string; from: number; to: number }[]) =>
      timelineRows([event({ kind: 'review', detail: { frameworkId: 'apa-pwc-1' }, moved })]).find(
        (r) => r.type === 'event',
      )!;
    const drop = (name: string) => ({ name, from: 3, to: 2 });
    // One drop fits the ordinary row.
    expect(rowHeight(review([drop('CON')]))).toBe(ROW_HEIGHT.event);
    // Five drops and a rise: five lines and one more, below the title.
    const many = review([
      drop('CON'),
      drop('RES'),
      drop('ETH'),
      { name: 'IND', from: 2, to: 3 },
      drop('DIV'),
      drop('PRO'),
    ]);
    expect(rowHeight(many)).toBe(44 + FACT_LINE * 6);
    const lines = eventFacts(many.type === 'event' ? many.event : (undefined as never), dateText);
    expect(lines.slice(0, 5).every((l) => l.includes('dropped'))).toBe(true);
    // Headings keep their heights.
    expect(rowHeight({ type: 'month', key: 'm', month: '2026-03' })).toBe(ROW_HEIGHT.month);
  });

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
    const session = (attendance: string) =>
      eventFacts(event({ detail: { minutes: 50, format: 'individual', modality: 'video', attendance } }), dateText);
    expect(session('held')).toEqual(['50 min', 'Individual', 'Live video']);
    // A session not fully held says so; one that did not take place shows no minutes.
    expect(session('partial')).toEqual(['Partly held', '50 min', 'Individual', 'Live video']);
    expect(session('cancelled_late')).toEqual(['Cancelled late', 'Individual', 'Live video']);
    const review = event({ kind: 'review', moved: [{ name: 'Assessment', from: 2, to: 3.5 }] });
    expect(eventTitle(review)).toBe('Review finalised');
    expect(eventFacts(review, dateText)).toEqual(['Assessment: 2 → 3.5']);
    // Drops first, the biggest first, so a row cut short still shows them.
    const mixed = event({
      kind: 'review',
      moved: [
        { name: 'Assessment', from: 2, to: 3 },
        { name: 'Consultation', from: 2, to: 1 },
        { name: 'Ethics', from: 4, to: 2 },
      ],
    });
    expect(eventFacts(mixed, dateText)).toEqual([
      'Ethics dropped 4 → 2',
      'Consultation dropped 2 → 1',
      'Assessment: 2 → 3',
    ]);
    expect(eventFacts(event({ kind: 'review', firstReview: true }), dateText)).toEqual([
      'First review of this framework',
    ]);
    expect(eventFacts(event({ kind: 'review' }), dateText)).toEqual(['No level changed since the review before']);
    expect(eventFacts(event({ kind: 'note', riskClosedOn: '2026-03-20' }), dateText)).toEqual([
      'Risk closed [2026-03-20] by a later note',
    ]);
    expect(routeOf(review)).toEqual({ view: 'competencies', id: S, record: review.id });
    expect(eventTitle(event({ kind: 'goal_review', detail: { status: 'met', goalId: S } }))).toBe('Goal met');
    expect(eventTitle(event({ kind: 'agreement', detail: { version: 3, frequency: 'weekly' } }))).toBe(
      'Agreement amended (version 3)',
    );
    const action = event({ kind: 'action_due', detail: { caseCode: 'C-9', noteId: S, due: '2026-03-09', done: true } });
    expect(eventFacts(action, dateText)).toEqual(['Case C-9', 'done']);
    // Not done and past its day: overdue, as This week says it.
    const late = event({
      kind: 'action_created',
      detail: { caseCode: 'C-9', noteId: S, due: '2026-03-09', done: false },
    });
    expect(eventFacts(late, dateText, '2026-03-10')).toEqual(['Case C-9', 'due [2026-03-09]', 'overdue']);
    expect(eventFacts(late, dateText, '2026-03-09')).toEqual(['Case C-9', 'due [2026-03-09]']);
    expect(routeOf(action)).toEqual({ view: 'notes', id: S, record: S });
    expect(routeOf(event({ kind: 'checkin' }))).toEqual({ view: 'supervisees', id: S });
  });

  it('says an action item is overdue the same way on every screen, once its day has passed', () => {
    expect(dueWords('2026-11-26', false, '2026-11-26')).toEqual({
      text: `due ${dateText('2026-11-26')}`,
      overdue: false,
    });
    expect(dueWords('2026-11-26', false, '2026-11-27')).toEqual({
      text: `overdue since ${dateText('2026-11-26')}`,
      overdue: true,
    });
    expect(dueWords('2026-11-26', true, '2026-12-05').overdue).toBe(false);
  });
});

describe('the growth views’ order', () => {
  it('lists drops first, the biggest first, the rest in the framework’s order', () => {
    const rows = [
      { code: 'A', change: 1 },
      { code: 'B', change: -0.5 },
      { code: 'C', change: null },
      { code: 'D', change: -2 },
      { code: 'E', change: 0 },
    ];
    expect(dropsFirst(rows).map((r) => r.code)).toEqual(['D', 'B', 'A', 'C', 'E']);
  });

  it('opens levels over time on the competency that moved most', () => {
    expect(
      mostMoved([
        { code: 'A', levels: [2, 2, 2] },
        { code: 'B', levels: [3, null, 1] },
        { code: 'C', levels: [1, 2] },
      ]),
    ).toBe('B');
  });
});
