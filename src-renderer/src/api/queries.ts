// The renderer's data layer over window.api, on TanStack Query. A query's key is its channel and
// input (['sessions', 'list', {...}]), so a write can update or invalidate exactly the reads it
// changed, by channel or by namespace. Offline is the normal state of this app: networkMode
// 'always' means nothing ever waits for a network that is not there.
import {
  hashKey,
  keepPreviousData,
  queryOptions,
  QueryClient,
  useMutation,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useRef } from 'react';
import { CHANNEL_READS, type ChannelInput, type ChannelName, type ChannelOutput } from '../../../src-main/contract';
import type { AppErrorShape, Result } from '../../../src-main/contract/errors';
import { api } from './client';
import { datesInText } from '../app/format';

// A failed request, carrying the error value main sent (code, message, issues) for forms to show.
export class RequestFailed extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
  }
}

// Main's messages name days in ISO; shown here they read like every other date on screen.
function onScreen(e: AppErrorShape): AppErrorShape {
  return {
    ...e,
    message: datesInText(e.message),
    ...(e.issues ? { issues: e.issues.map((i) => ({ ...i, message: datesInText(i.message) })) } : {}),
  };
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      networkMode: 'always',
      // Errors are values from main, not flaky networks: retrying would only repeat them.
      retry: false,
      // Nothing changes the vault behind the renderer's back, so data stays fresh until a write
      // here says otherwise.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    },
    mutations: { networkMode: 'always', retry: false },
  },
});

export const keepPrevious = keepPreviousData;

type Split<N> = N extends `${infer NS}.${infer M}` ? [NS, M] : never;

export function keyOf<N extends ChannelName>(channel: N, input?: ChannelInput<N>): QueryKey {
  const [ns, method] = channel.split('.') as Split<N>;
  return input === undefined ? [ns, method] : [ns, method, input];
}

// Sends one request to main and gives back its Result as it came.
async function send<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<Result<ChannelOutput<N>>> {
  const [ns, method] = channel.split('.') as [string, string];
  const fn = (api as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[ns]![method]!;
  return (await fn(input)) as Result<ChannelOutput<N>>;
}

// One request: main's answer and the tables it wrote, or a rejection with RequestFailed.
async function request<N extends ChannelName>(
  channel: N,
  input: ChannelInput<N>,
): Promise<{ value: ChannelOutput<N>; touched: readonly string[] }> {
  const r = await send(channel, input);
  if (!r.ok) throw new RequestFailed(onScreen(r.error));
  return { value: r.value, touched: r.touched ?? [] };
}

// One request: resolves with the value, or rejects with RequestFailed. `after` may put the value
// into the cache (setRead); then the reads it made stale are refreshed, except what `after` put.
export async function call<N extends ChannelName>(
  channel: N,
  input: ChannelInput<N>,
  after?: (value: ChannelOutput<N>) => void,
): Promise<ChannelOutput<N>> {
  const { value, touched } = await request(channel, input);
  settle(touched, () => after?.(value));
  return value;
}

// A request whose refusal the screen shows itself (the vault screens, backups): main's Result as it
// came; on success `after` and the refresh run as they do for `call`.
export async function attempt<N extends ChannelName>(
  channel: N,
  input: ChannelInput<N>,
  after?: (value: ChannelOutput<N>) => void,
): Promise<Result<ChannelOutput<N>>> {
  const r = await send(channel, input);
  if (r.ok) settle(r.touched ?? [], () => after?.(r.value));
  return r;
}

// Every cached answer read from a table the request wrote is stale: read again where it is shown,
// when next shown otherwise. Which tables a channel reads, its contract says (CHANNEL_READS). An
// answer the write has just put into the cache from its reply (`fresh`) is not read again.
function refreshTouched(touched: readonly string[], fresh: ReadonlySet<string> = new Set()): void {
  if (!touched.length) return;
  void queryClient.invalidateQueries({
    predicate: (q) => {
      if (fresh.has(q.queryHash)) return false;
      const reads = CHANNEL_READS[`${String(q.queryKey[0])}.${String(q.queryKey[1])}` as ChannelName];
      return !!reads?.some((t) => touched.includes(t));
    },
  });
}

// The one way to describe a read: its key (channel and input) and how to fetch it. Features build
// their hooks from it; `useRead` is the hook for one.
export function readQuery<N extends ChannelName>(channel: N, input: ChannelInput<N>) {
  return queryOptions<ChannelOutput<N>, RequestFailed>({
    queryKey: keyOf(channel, input),
    queryFn: () => call(channel, input),
  });
}

export function useRead<N extends ChannelName>(
  channel: N,
  input: ChannelInput<N>,
  opts: Omit<UseQueryOptions<ChannelOutput<N>, RequestFailed>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<N>, RequestFailed>({ ...readQuery(channel, input), ...opts });
}

// The answers a write's `after` is putting into the cache, while it runs.
let putting: Set<string> | null = null;

// A write has succeeded: its own cache work first (`put`), then every read of a table it touched.
function settle(touched: readonly string[], put: () => void): void {
  const fresh = (putting = new Set());
  try {
    put();
  } finally {
    putting = null;
  }
  refreshTouched(touched, fresh);
}

// A write. `after` receives the value main returned, to put the saved record into its own
// feature's cached reads (setRead, updateReads) or drop a deleted one's. Then every read of a table
// main says the write touched is refreshed, except those `after` has just put fresh.
export function useWrite<N extends ChannelName>(
  channel: N,
  after: (value: ChannelOutput<N>, input: ChannelInput<N>) => void = () => {},
) {
  // The tables the request wrote, kept for onSuccess: a ref, because a render between the two gives
  // the mutation the new render's options.
  const touched = useRef<string[]>([]);
  return useMutation<ChannelOutput<N>, RequestFailed, ChannelInput<N>>({
    mutationFn: async (input) => {
      const r = await request(channel, input);
      touched.current.push(...r.touched);
      return r.value;
    },
    onSuccess: (value, input) => settle(touched.current.splice(0), () => after(value, input)),
  });
}

// Puts an answer into the cache (or changes the one there) from what a write returned.
export function setRead<N extends ChannelName>(
  channel: N,
  input: ChannelInput<N>,
  update: ChannelOutput<N> | ((old: ChannelOutput<N> | undefined) => ChannelOutput<N> | undefined),
): void {
  const key = keyOf(channel, input);
  queryClient.setQueryData<ChannelOutput<N>>(key, update as never);
  putting?.add(hashKey(key));
}

// Changes every cached answer of a channel, whatever its input (a new note goes into each cached
// page of its supervisee's list).
export function updateReads<N extends ChannelName>(
  channel: N,
  update: (old: ChannelOutput<N>, input: ChannelInput<N> | undefined) => ChannelOutput<N>,
): void {
  for (const [key, old] of queryClient.getQueriesData<ChannelOutput<N>>({ queryKey: keyOf(channel) })) {
    if (old === undefined) continue;
    queryClient.setQueryData(key, update(old, key[2] as ChannelInput<N> | undefined));
    putting?.add(hashKey(key));
  }
}

export const cachedRead = <N extends ChannelName>(channel: N, input: ChannelInput<N>) =>
  queryClient.getQueryData<ChannelOutput<N>>(keyOf(channel, input));

// Marks stale (and refetches, if on screen) every read of a channel, or of one supervisee's data
// on a channel when the inputs name it.
export function invalidate(channel: ChannelName, superviseeId?: string): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: keyOf(channel),
    predicate: superviseeId
      ? (q) => (q.queryKey[2] as { superviseeId?: string } | undefined)?.superviseeId === superviseeId
      : undefined,
  });
}

// Awaits a request; resolves with main's refusal (for the screen to show where the user is looking)
// or null when it succeeded. Anything else (a bug) still throws.
export async function refusalOf(request: Promise<unknown>): Promise<AppErrorShape | null> {
  try {
    await request;
    return null;
  } catch (e) {
    if (e instanceof RequestFailed) return e.error;
    throw e;
  }
}
