// The timeline: everything recorded, newest first, for one supervisee (#/timeline/<id>) or for
// everyone (#/timeline). Filters by kind, risk flag and words; a jump to a day; the stream below.
import { useCallback, useState, type FormEvent } from 'react';
import { RISK_FLAGS, RISK_FLAG_LABELS, type RiskFlag } from '../../../../src-main/contract/enums';
import { TIMELINE_GROUPS, TIMELINE_GROUP_IDS, type TimelineGroup } from '../../../../src-main/contract/timeline';
import { dateText } from '../../app/format';
import { navigate } from '../../app/routes';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { useDebounced } from '../../components/use-debounced';
import { CURRENT, useSupervisees } from '../supervisees/hooks';
import { PersonOptions } from '../supervisees/SuperviseePicker';
import { TimelineList, type ListPlace } from './TimelineList';
import { keepPlace, placeOf, useTimeline, type TimelineFilters } from './use-timeline';

export function TimelineView(props: { superviseeId: string | null }) {
  const stream = props.superviseeId ?? 'everyone';
  // Remounted per stream, so each keeps its own filters and place.
  return <Stream key={stream} stream={stream} superviseeId={props.superviseeId} />;
}

function Stream(props: { stream: string; superviseeId: string | null }) {
  const people = useSupervisees(CURRENT).data ?? [];
  const saved = placeOf(props.stream);
  const [filters, setFilters] = useState<TimelineFilters>(saved.filters);
  const [typed, setTyped] = useState(saved.filters.text);
  const text = useDebounced(typed, 250);
  const applied = { ...filters, text };
  const [jumpTo, setJumpTo] = useState(saved.filters.from);
  const query = useTimeline(props.superviseeId, applied);
  const events = query.data?.pages.flatMap((p) => p.events) ?? [];
  const [place, setPlace] = useState<ListPlace>({
    offset: saved.offset,
    active: saved.active,
  });

  const update = (next: Partial<TimelineFilters>) => {
    const f = { ...applied, ...next };
    setFilters(f);
    // A new filter starts at the top of its stream.
    keepPlace(props.stream, { filters: f, offset: 0, active: '' });
    setPlace({ offset: 0, active: '' });
  };
  const onPlace = useCallback(
    (p: ListPlace) => keepPlace(props.stream, { filters: { ...filters, text }, ...p }),
    [props.stream, filters, text],
  );
  const toggle = (g: TimelineGroup) =>
    update({
      groups: filters.groups.includes(g) ? filters.groups.filter((x) => x !== g) : [...filters.groups, g],
    });

  function jump(e: FormEvent) {
    e.preventDefault();
    update({ from: jumpTo });
  }

  const { fetchNextPage, fetchPreviousPage } = query;
  const onOlder = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const onNewer = useCallback(() => void fetchPreviousPage(), [fetchPreviousPage]);
  const filtered = filters.groups.length > 0 || !!filters.risk || !!text.trim();

  return (
    <section aria-labelledby="timeline-title" className="timeline-view">
      <div className="page-head">
        <h1 id="timeline-title">Timeline</h1>
      </div>
      <div className="toolbar">
        <div className="grow">
          <SelectField
            label="Whose timeline"
            value={props.superviseeId ?? ''}
            onChange={(e) => navigate({ view: 'timeline', id: e.target.value || null })}
          >
            <option value="">Everyone</option>
            <PersonOptions people={people} />
          </SelectField>
        </div>
        <SelectField
          label="Risk flags"
          value={filters.risk}
          onChange={(e) => update({ risk: e.target.value as RiskFlag | 'any' | '' })}
        >
          <option value="">Every event</option>
          <option value="any">Notes with any risk flag</option>
          {RISK_FLAGS.map((f) => (
            <option key={f} value={f}>
              {RISK_FLAG_LABELS[f]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Words"
          type="search"
          value={typed}
          placeholder="case code, topic, goal…"
          onChange={(e) => setTyped(e.target.value)}
        />
        <form className="timeline-jump" onSubmit={jump}>
          <TextField label="Go to date" type="date" value={jumpTo} onChange={(e) => setJumpTo(e.target.value)} />
          <button type="submit">Go</button>
        </form>
      </div>
      <fieldset className="timeline-kinds">
        <legend>Show only</legend>
        {TIMELINE_GROUP_IDS.map((g) => (
          <label key={g} className="checkbox">
            <input type="checkbox" checked={filters.groups.includes(g)} onChange={() => toggle(g)} />
            {TIMELINE_GROUPS[g].label}
          </label>
        ))}
      </fieldset>
      {filters.from ? (
        <p className="timeline-at">
          Starting at {dateText(filters.from)}.{' '}
          <button
            type="button"
            onClick={() => {
              setJumpTo('');
              update({ from: '' });
            }}
          >
            Back to the newest
          </button>
        </p>
      ) : null}
      <ErrorAlert message={query.error?.message} />
      {query.isPending ? (
        <p className="muted" role="status">
          Loading the timeline…
        </p>
      ) : null}
      {query.isSuccess && !events.length ? (
        <div className="card empty" role="status">
          {filtered || filters.from
            ? 'No events match these filters.'
            : 'Nothing recorded yet. Sessions, notes, reviews and reflections appear here as they are written.'}
        </div>
      ) : null}
      <TimelineList
        key={JSON.stringify(applied)}
        events={events}
        everyone={!props.superviseeId}
        hasOlder={query.hasNextPage}
        hasNewer={query.hasPreviousPage}
        loadingOlder={query.isFetchingNextPage}
        loadingNewer={query.isFetchingPreviousPage}
        onOlder={onOlder}
        onNewer={onNewer}
        place={place}
        onPlace={onPlace}
      />
    </section>
  );
}
