// Keeps what is typed into a note form as a draft inside the vault: saved after each pause in
// typing and when the form goes away (another view, a lock), offered back when the same note (or a
// new note for the same supervisee) is opened again, and removed once the note is saved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DraftKey, NoteDraft, NoteDraftValues } from '../../../../src-main/contract/drafts';
import { call, useRead } from '../../api/queries';

const PAUSE_MS = 600;
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);

// The form's values in the draft's shape (empty boxes as null, as the note would have them).
function draftOf(v: FieldValues): NoteDraftValues {
  return {
    ...(v as NoteDraftValues),
    sessionId: orNull(v.sessionId) as string | null,
    identifiersReason: orNull(v.identifiersReason) as string | null,
    riskFlags: Array.isArray(v.riskFlags) ? v.riskFlags : [],
    actions: ((v.actions ?? []) as NoteDraftValues['actions']).map((a) => ({
      ...a,
      due: orNull(a.due) as string | null,
    })),
  };
}

export function useNoteDraft<V extends FieldValues>(form: UseFormReturn<V>, key: DraftKey) {
  // Read fresh each time the form opens: a draft is about this moment, not a cached one.
  const stored = useRead('drafts.get', key, { staleTime: 0, gcTime: 0 });
  const [decided, setDecided] = useState(false);
  const timer = useRef<number | null>(null);
  const pending = useRef<V | null>(null);
  const finished = useRef(false);
  const { superviseeId, noteId } = key;

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = null;
    // A failed save (the vault just locked) leaves the last one: at most a pause's typing.
    if (values && !finished.current)
      void call('drafts.save', { superviseeId, noteId, values: draftOf(values) }).catch(() => undefined);
  }, [superviseeId, noteId]);

  useEffect(() => {
    const sub = form.watch((_values, info) => {
      // What the person typed or ticked, not a reset or a restore.
      if (!info.type) return;
      setDecided(true);
      pending.current = form.getValues();
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, PAUSE_MS);
    });
    return () => {
      sub.unsubscribe();
      flush();
    };
  }, [form, flush]);

  const offered: NoteDraft | null = decided ? null : (stored.data ?? null);
  return {
    offered,
    restore() {
      if (offered) form.reset(offered.values as unknown as V);
      setDecided(true);
    },
    discard() {
      setDecided(true);
      void call('drafts.discard', { superviseeId, noteId }).catch(() => undefined);
    },
    // The note is saved: nothing pending is written, and the draft goes.
    saved() {
      finished.current = true;
      pending.current = null;
      if (timer.current !== null) window.clearTimeout(timer.current);
      void call('drafts.discard', { superviseeId, noteId }).catch(() => undefined);
    },
  };
}
