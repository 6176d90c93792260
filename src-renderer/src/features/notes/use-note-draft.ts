// A note form's draft (features/drafts/use-draft.ts): every change the person makes to the form is
// the draft's, in the shape a note would have (empty boxes as null).
import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DraftKey, NoteDraftValues } from '../../../../src-main/contract/drafts';
import { useDraft } from '../drafts/use-draft';

const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);

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
  const draft = useDraft('note', key);
  const { typed } = draft;
  useEffect(() => {
    const sub = form.watch((_values, info) => {
      // What the person typed or ticked, not a reset or a restore.
      if (info.type) typed(draftOf(form.getValues()));
    });
    return () => sub.unsubscribe();
  }, [form, typed]);
  return {
    ...draft,
    restore() {
      const values = draft.restore();
      if (values) form.reset(values as unknown as V);
    },
  };
}
