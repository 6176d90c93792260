// The stream itself: a virtual list (TanStack Virtual) that keeps only the rows in sight (and a few
// either side) in the page, however long the stream. Older pages load as the end comes into view,
// newer ones (after a jump) as the top does. Keyboard: ↑/↓ or k/j move between events, Home/End go
// to the first and last loaded, Enter opens the event's record.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimelineEvent } from '../../../../src-main/contract/timeline';
import { dateText, monthText } from '../../app/format';
import { hrefFor } from '../../app/routes';
import { RiskBadges } from '../notes/RiskBadges';
import { dropText, eventFacts, eventTitle, routeOf } from './event-text';
import { droppedIn, rowHeight, timelineRows, type TimelineRow } from './rows';

// Rows drawn beyond the visible ones, so scrolling never shows a blank edge.
const OVERSCAN = 8;
// Load the next page while this many rows are still to go.
const PREFETCH = 20;

export interface ListPlace {
  offset: number;
  // The event that has (or last had) the keyboard focus, by kind and id.
  active: string;
}

export function TimelineList(props: {
  events: readonly TimelineEvent[];
  everyone: boolean;
  hasOlder: boolean;
  hasNewer: boolean;
  loadingOlder: boolean;
  loadingNewer: boolean;
  onOlder: () => void;
  onNewer: () => void;
  place: ListPlace;
  onPlace: (p: ListPlace) => void;
}) {
  const { events, hasOlder, hasNewer, loadingOlder, loadingNewer, onOlder, onNewer, onPlace } = props;
  const rows = useMemo(() => timelineRows(events), [events]);
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(props.place.active);
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.key === active),
  );
  const activeRef = useRef(active);
  activeRef.current = active;
  // The virtualizer hands back new functions each render by design; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => rowHeight(rows[i]!),
    getItemKey: (i) => rows[i]!.key,
    overscan: OVERSCAN,
    initialOffset: props.place.offset,
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  // Pages load as either end comes near.
  useEffect(() => {
    if (hasOlder && !loadingOlder && last >= rows.length - PREFETCH) onOlder();
  }, [last, rows.length, hasOlder, loadingOlder, onOlder]);
  useEffect(() => {
    if (hasNewer && !loadingNewer && first <= PREFETCH) onNewer();
  }, [first, hasNewer, loadingNewer, onNewer]);

  // Newer events put in above the top: keep the rows in sight where they were, by the exact height
  // added (every row's height follows from the row: rows.ts).
  const firstKey = useRef(rows[0]?.key);
  useLayoutEffect(() => {
    const before = rows.findIndex((r) => r.key === firstKey.current);
    if (before > 0) {
      const added = rows.slice(0, before).reduce((h, r) => h + rowHeight(r), 0);
      virtual.scrollToOffset((virtual.scrollOffset ?? 0) + added);
    }
    firstKey.current = rows[0]?.key;
  }, [rows, virtual]);

  // Where the list is, for Back to return to.
  // (The offset is kept as it scrolls: by the time an unmount's cleanup runs, the element is out of
  // the document and reads 0.)
  const offset = useRef(props.place.offset);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const save = () => {
      offset.current = el.scrollTop;
      onPlace({ offset: offset.current, active: activeRef.current });
    };
    el.addEventListener('scroll', save, { passive: true });
    return () => {
      el.removeEventListener('scroll', save);
      onPlace({ offset: offset.current, active: activeRef.current });
    };
  }, [onPlace]);

  // Back from an opened record: the row that was opened has the focus again.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !props.place.active || !rows.length) return;
    restored.current = true;
    const row = rows.findIndex((r) => r.key === props.place.active);
    if (row >= 0) focusRow(row);
  });

  function focusRow(row: number) {
    virtual.scrollToIndex(row, { align: 'auto' });
    // The row may only exist once the list has drawn the new range.
    const tryFocus = (tries: number) => {
      const el = scroller.current?.querySelector<HTMLElement>(`[data-row="${row}"]`);
      if (el) el.focus({ preventScroll: true });
      else if (tries > 0) requestAnimationFrame(() => tryFocus(tries - 1));
    };
    tryFocus(30);
  }

  const rowOfEvent = (n: number) => rows.findIndex((r) => r.type === 'event' && r.index === n);
  const eventAt = (row: number) => {
    const r = rows[row];
    return r?.type === 'event' ? r.index : 0;
  };
  function focusEvent(n: number) {
    const target = Math.max(0, Math.min(events.length - 1, n));
    const row = rowOfEvent(target);
    setActive(rows[row]!.key);
    activeRef.current = rows[row]!.key;
    onPlace({ offset: offset.current, active: rows[row]!.key });
    focusRow(row);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, number> = {
      ArrowDown: 1,
      j: 1,
      ArrowUp: -1,
      k: -1,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusEvent(eventAt(activeIndex) + moves[e.key]!);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusEvent(e.key === 'Home' ? 0 : events.length - 1);
    }
  }

  if (!events.length) return null;
  return (
    <div
      ref={scroller}
      className="timeline-scroll"
      onKeyDown={onKeyDown}
      role="region"
      tabIndex={0}
      aria-label="Timeline, newest first"
      data-testid="timeline-scroll"
      data-loaded={events.length}
    >
      <div role="list" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {items.map((item) => (
          <div
            key={item.key}
            role="listitem"
            className={`timeline-row ${rows[item.index]!.type}`}
            style={{
              height: item.size,
              transform: `translateY(${item.start}px)`,
            }}
          >
            <Row
              rowIndex={item.index}
              row={rows[item.index]!}
              everyone={props.everyone}
              tabbable={item.index === (rows[activeIndex]?.type === 'event' ? activeIndex : rowOfEvent(0))}
              onFocus={() => setActive(rows[item.index]!.key)}
            />
          </div>
        ))}
      </div>
      {loadingOlder ? (
        <p className="muted timeline-loading" role="status">
          Loading older events…
        </p>
      ) : null}
    </div>
  );
}

function Row(props: { rowIndex: number; row: TimelineRow; everyone: boolean; tabbable: boolean; onFocus: () => void }) {
  const r = props.row;
  if (r.type === 'month') return <h2 className="timeline-month">{monthText(r.month)}</h2>;
  if (r.type === 'week') return <h3 className="timeline-week">Week of {dateText(r.week)}</h3>;
  const e = r.event;
  const dropped = droppedIn(e).length;
  const stacked = dropped >= 2;
  const all = eventFacts(e, dateText);
  // Stacked: one line per drop, and the rises (after the drops) joined on one more line.
  const facts = stacked && all.length > dropped ? [...all.slice(0, dropped), all.slice(dropped).join(' · ')] : all;
  const drop = dropText(e);
  return (
    <a
      className={`timeline-event kind-${e.kind}`}
      href={hrefFor(routeOf(e))}
      data-event={r.index}
      data-row={props.rowIndex}
      tabIndex={props.tabbable ? 0 : -1}
      onFocus={props.onFocus}
    >
      <span className="timeline-date">{dateText(e.at)}</span>
      <span className="timeline-body">
        <span className="timeline-title">
          <strong>{eventTitle(e)}</strong>
          {props.everyone ? <span className="muted"> · {e.superviseeName}</span> : null}
          {e.label ? <span> · {e.label}</span> : null}
        </span>
        {stacked ? (
          // Each competency that dropped on a line of its own (the row is as tall as they need),
          // then what rose.
          facts.map((f, i) => (
            <span key={i} className="timeline-facts muted" title={f}>
              {f}
            </span>
          ))
        ) : (
          // The whole line on hover when a long one is cut short.
          <span className="timeline-facts muted" title={[...facts, drop ?? ''].filter(Boolean).join(' · ')}>
            {facts.join(' · ')}
            {drop ? <span className="drop"> · {drop}</span> : null}
          </span>
        )}
      </span>
      <RiskBadges flags={e.riskFlags} />
    </a>
  );
}
