// The timeline's pages, on TanStack Query's infinite query: older pages are "next", newer ones
// "previous", each fetched from the cursor main returned. The pages stay in the query cache when the
// view is left, and the filters and the scroll position are kept here in memory (never on disk, and
// forgotten on lock), so Back from an opened record returns to the same rows.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { RiskFlag } from '../../../../src-main/contract/enums';
import type { TimelineCursor, TimelineGroup, TimelinePage } from '../../../../src-main/contract/timeline';
import { call, queryClient, type RequestFailed } from '../../api/queries';

export interface TimelineFilters {
  groups: TimelineGroup[];
  risk: RiskFlag | 'any' | '';
  text: string;
  // The day the stream starts at after a jump; '' for the newest.
  from: string;
}
export const NO_FILTERS: TimelineFilters = {
  groups: [],
  risk: '',
  text: '',
  from: '',
};

interface Place {
  filters: TimelineFilters;
  offset: number;
  // The event that had the keyboard focus (kind:id), '' for none yet.
  active: string;
}
const places = new Map<string, Place>();
// A place goes when the pages it points into do: a lock clears the query cache (the words of a filter
// may be clinical, and nothing read or typed outlives the unlock), and so does a long absence.
queryClient.getQueryCache().subscribe((e) => {
  if (e.type === 'removed' && e.query.queryKey[0] === 'timeline') places.clear();
});
export const placeOf = (stream: string): Place => places.get(stream) ?? { filters: NO_FILTERS, offset: 0, active: '' };
export const keepPlace = (stream: string, place: Place) => places.set(stream, place);

type Param = { cursor: TimelineCursor; direction: 'older' | 'newer' } | null;
export const PAGE = 50;

export function useTimeline(superviseeId: string | null, f: TimelineFilters) {
  const input = {
    ...(superviseeId ? { superviseeId } : {}),
    ...(f.groups.length ? { groups: f.groups } : {}),
    ...(f.risk ? { risk: f.risk } : {}),
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.from ? { from: f.from } : {}),
    limit: PAGE,
  };
  return useInfiniteQuery<TimelinePage, RequestFailed, { pages: TimelinePage[] }, unknown[], Param>({
    queryKey: ['timeline', 'page', input],
    initialPageParam: null,
    queryFn: ({ pageParam }) => call('timeline.page', pageParam ? { ...input, ...pageParam } : input),
    getNextPageParam: (last) => (last.older ? { cursor: last.older, direction: 'older' } : undefined),
    getPreviousPageParam: (first) => (first.newer ? { cursor: first.newer, direction: 'newer' } : undefined),
  });
}
