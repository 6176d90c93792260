// The one way a form keeps what is typed into it as a draft inside the vault (a note, a Reflect
// form): kept after each pause in typing and when the form goes away (another view, a lock),
// offered back when the same form opens again, and removed by main when the record is saved (or
// here when the person throws it away). docs/architecture.md, "Drafts".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../src-main/contract';
import { call, setRead, useRead } from '../../api/queries';

const PAUSE_MS = 600;

const KINDS = {
  note: { get: 'drafts.get', save: 'drafts.save', discard: 'drafts.discard' },
  reflection: { get: 'drafts.reflectionGet', save: 'drafts.reflectionSave', discard: 'drafts.reflectionDiscard' },
} as const satisfies Record<string, { get: ChannelName; save: ChannelName; discard: ChannelName }>;
type Kind = keyof typeof KINDS;
type Get<K extends Kind> = (typeof KINDS)[K]['get'];
type Save<K extends Kind> = (typeof KINDS)[K]['save'];
export type DraftKeyOf<K extends Kind> = ChannelInput<Get<K>>;
export type DraftValuesOf<K extends Kind> = ChannelInput<Save<K>>['values'];
type Stored<K extends Kind> = NonNullable<ChannelOutput<Get<K>>>;

// Channels are picked by kind at run time; TypeScript cannot follow a union of channel names into
// one call, so the request goes through a loosely typed door with the kind's own types outside it.
const send = call as (channel: ChannelName, input: unknown, after?: (v: unknown) => void) => Promise<unknown>;
const put = setRead as (channel: ChannelName, input: unknown, value: unknown) => void;

export function useDraft<K extends Kind>(kind: K, key: DraftKeyOf<K>) {
  const channels = KINDS[kind];
  // Read fresh each time the form opens: a draft is about this moment, not a cached one.
  const stored = useRead(channels.get as ChannelName, key as never, { staleTime: 0, gcTime: 0 });
  const [decided, setDecided] = useState(false);
  const timer = useRef<number | null>(null);
  const pending = useRef<DraftValuesOf<K> | null>(null);
  const finished = useRef(false);
  const keyText = JSON.stringify(key);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = null;
    const k = JSON.parse(keyText) as DraftKeyOf<K>;
    // The kept draft is what a fresh read would give: it is put into the cache, not read again. A
    // failed save (the vault just locked) leaves the last one: at most a pause's typing.
    if (values && !finished.current)
      void send(channels.save, { ...k, values }, (saved) => put(channels.get, k, saved)).catch(() => undefined);
  }, [channels, keyText]);

  useEffect(() => () => flush(), [flush]);

  // Stable, so a form can subscribe once.
  const typed = useCallback(
    (values: DraftValuesOf<K>) => {
      setDecided(true);
      pending.current = values;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  const offered = decided ? null : ((stored.data as Stored<K> | null | undefined) ?? null);
  return {
    offered,
    // What the person typed or chose, to be kept after the next pause.
    typed,
    restore(): DraftValuesOf<K> | null {
      setDecided(true);
      return offered ? (offered.values as DraftValuesOf<K>) : null;
    },
    discard() {
      setDecided(true);
      void send(channels.discard, key).catch(() => undefined);
    },
    // The record is saved (main removed the draft with it): nothing pending is written.
    saved() {
      finished.current = true;
      pending.current = null;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
    },
  };
}
