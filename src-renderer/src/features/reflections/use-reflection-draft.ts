// Keeps what is typed into a Reflect form as a draft inside the vault, as a note's form does: saved
// after each pause in typing and when the form goes away (another view, a lock, another supervisee
// or set), offered back when the same supervisee and set are opened again, removed once kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReflectionDraft, ReflectionDraftKey, ReflectionDraftValues } from '../../../../src-main/contract/drafts';
import { call, useRead } from '../../api/queries';

const PAUSE_MS = 600;

export function useReflectionDraft(key: ReflectionDraftKey) {
  // Read fresh each time the form opens: a draft is about this moment, not a cached one.
  const stored = useRead('drafts.reflectionGet', key, { staleTime: 0, gcTime: 0 });
  const [decided, setDecided] = useState(false);
  const timer = useRef<number | null>(null);
  const pending = useRef<ReflectionDraftValues | null>(null);
  const { superviseeId, setId } = key;

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = null;
    // A failed save (the vault just locked) leaves the last one: at most a pause's typing.
    if (values) void call('drafts.reflectionSave', { superviseeId, setId, values }).catch(() => undefined);
  }, [superviseeId, setId]);

  useEffect(() => () => flush(), [flush]);

  const offered: ReflectionDraft | null = decided ? null : (stored.data ?? null);
  return {
    offered,
    // What the person typed or chose, to be kept after the next pause.
    typed(values: ReflectionDraftValues) {
      setDecided(true);
      pending.current = values;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, PAUSE_MS);
    },
    restore(): ReflectionDraftValues | null {
      setDecided(true);
      return offered?.values ?? null;
    },
    discard() {
      setDecided(true);
      void call('drafts.reflectionDiscard', { superviseeId, setId }).catch(() => undefined);
    },
    // The answers are kept (core removed the draft with them): nothing pending is written.
    saved() {
      pending.current = null;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
    },
  };
}
