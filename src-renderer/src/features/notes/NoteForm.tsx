// Write or edit a case-consultation note: the case code (never a name), the fields from the domain
// primer, the risk and ethics flags, and the action items. Checked with the contract's own schema;
// main's refusals land on the same fields. Ctrl/Cmd+Enter saves, Esc cancels.
import { SessionOptions } from '../sessions/SessionOptions';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch, type DeepPartial } from 'react-hook-form';
import { localToday } from '../../../../src-main/contract/dates';
import { RISK_FLAG_LABELS, RISK_FLAGS } from '../../../../src-main/contract/enums';
import type { AppErrorShape } from '../../../../src-main/contract/errors';
import { notePatch, type IdentifierFinding, type Note, type NotePatch } from '../../../../src-main/contract/notes';
import type { Session } from '../../../../src-main/contract/sessions';
import type { z } from 'zod';
import { formMessage, showRefusal } from '../../api/forms';
import { call, refusalOf } from '../../api/queries';
import { useEffect, useState } from 'react';
import { guardedTexts, IdentifiersPanel, type GuardedText } from './IdentifiersPanel';
import { momentText } from '../../app/format';
import type { DraftKey } from '../../../../src-main/contract/drafts';
import { useNoteDraft } from './use-note-draft';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';

type Values = z.input<typeof notePatch>;

function valuesFrom(n?: Note, caseCode = ''): Values {
  return {
    sessionId: n?.sessionId ?? null,
    date: n?.date ?? localToday(),
    caseCode: n?.caseCode ?? caseCode,
    presentingConcern: n?.presentingConcern ?? '',
    discussion: n?.discussion ?? '',
    guidance: n?.guidance ?? '',
    reactions: n?.reactions ?? '',
    plan: n?.plan ?? '',
    riskFlags: n?.riskFlags ?? [],
    identifiersReason: n?.identifiersReason ?? null,
    actions: (n?.actions ?? []).map((a) => ({
      id: a.id,
      text: a.text,
      due: a.due,
      done: a.doneAt !== null,
      doneOn: a.doneOn,
    })),
  };
}
const orNull = (v: string | null) => (v === '' ? null : v);

// The guard's key for the text as typed, trimmed as the contract trims it on save.
function typedKey(v: DeepPartial<Values>): string {
  const t = (s: unknown) => (typeof s === 'string' ? s.trim() : '');
  return JSON.stringify(
    guardedTexts({
      presentingConcern: t(v.presentingConcern),
      discussion: t(v.discussion),
      guidance: t(v.guidance),
      reactions: t(v.reactions),
      plan: t(v.plan),
      actions: (v.actions ?? []).map((a) => ({ text: t(a?.text) })),
    } as NotePatch),
  );
}

export function NoteForm(props: {
  title: string;
  subtitle?: string;
  editing?: Note;
  caseCode?: string;
  sessions: readonly Session[];
  // Which draft this form keeps: a new note of the supervisee, or the note being edited.
  draftKey: DraftKey;
  onSubmit: (patch: NotePatch) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const form = useForm<Values, unknown, NotePatch>({
    defaultValues: valuesFrom(props.editing, props.caseCode),
    resolver: zodResolver(notePatch),
  });
  const { register, handleSubmit, formState, control } = form;
  const actions = useFieldArray({ control, name: 'actions' });
  // Which items are ticked done, so each can say the day it was done.
  const watchedActions = useWatch({ control, name: 'actions' });
  const draft = useNoteDraft(form, props.draftKey);
  const errors = formState.errors;
  // What the de-identification guard found in the text as it was last checked, shown highlighted
  // until the text is edited clean or kept with a reason.
  const [guard, setGuard] = useState<{ key: string; texts: GuardedText[]; found: IdentifierFinding[] } | null>(null);
  // Text edited since the guard spoke is checked again on save, so the button is not "Save anyway".
  const typed = useWatch({ control });
  const editedSinceGuard = guard !== null && typedKey(typed) !== guard.key;
  // The check runs on its own thread in main, which loads its language model when it starts: asked
  // for nothing as the form opens, it is ready by the time the note is saved (else about half a
  // second on the first save after an unlock).
  useEffect(() => void refusalOf(call('notes.findIdentifiers', { texts: [] })), []);
  const submit = handleSubmit(async (patch) => {
    const texts = guardedTexts(patch);
    const key = JSON.stringify(texts);
    const found = await call('notes.findIdentifiers', { texts });
    if (found.length) {
      // Seen for this very text, with a reason: kept. Otherwise show where, and ask.
      const seen = guard?.key === key;
      setGuard({ key, texts, found });
      if (!seen) return;
      if (!patch.identifiersReason) {
        form.setError(
          'identifiersReason',
          { type: 'guard', message: 'Say why they stay, or edit them out of the note.' },
          { shouldFocus: true },
        );
        return;
      }
    } else setGuard(null);
    const failure = await props.onSubmit(found.length ? patch : { ...patch, identifiersReason: null });
    if (failure) showRefusal(form, failure);
    else draft.saved();
  });

  return (
    <form
      className="card"
      aria-label={props.title}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
      }}
    >
      <h2>{props.title}</h2>
      {props.subtitle ? <p className="muted">{props.subtitle}</p> : null}
      {draft.offered ? (
        <div className="alert info" role="status">
          A draft of this note from {momentText(draft.offered.updatedAt)} was kept.{' '}
          <button type="button" className="link" onClick={draft.restore}>
            Restore the draft
          </button>{' '}
          <button type="button" className="link" onClick={draft.discard}>
            Discard it
          </button>
        </div>
      ) : null}
      <div className="grid-2">
        <TextField
          label="Case code"
          hint="A code or initials, never the client’s name: C-014, JD."
          autoFocus
          autoComplete="off"
          spellCheck={false}
          {...register('caseCode')}
          error={errors.caseCode?.message}
        />
        <TextField label="Date" type="date" {...register('date')} error={errors.date?.message} />
        <SelectField
          label="Discussed in session"
          {...register('sessionId', { setValueAs: orNull })}
          error={errors.sessionId?.message}
        >
          <option value="">Not linked to a session</option>
          <SessionOptions sessions={props.sessions} />
        </SelectField>
        <TextField
          label="Presenting concern"
          {...register('presentingConcern')}
          error={errors.presentingConcern?.message}
        />
      </div>
      <fieldset className="flags">
        <legend>Risk and ethics flags</legend>
        {RISK_FLAGS.map((f) => (
          <label key={f} className="checkbox">
            <input type="checkbox" value={f} {...register('riskFlags')} />
            {RISK_FLAG_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <TextAreaField label="What was discussed" {...register('discussion')} error={errors.discussion?.message} />
      <TextAreaField label="Supervisor’s guidance" {...register('guidance')} error={errors.guidance?.message} />
      <TextAreaField
        label="The supervisee’s own reactions"
        hint="What the case stirred in them (parallel process)."
        {...register('reactions')}
        error={errors.reactions?.message}
      />
      <TextAreaField label="Plan" {...register('plan')} error={errors.plan?.message} />
      <h3>Action items</h3>
      {actions.fields.map((f, i) => (
        <div className="action-row" key={f.id}>
          <TextField
            label={`Action ${i + 1}`}
            {...register(`actions.${i}.text`)}
            error={errors.actions?.[i]?.text?.message}
          />
          <TextField
            label={`Due by (${i + 1})`}
            type="date"
            {...register(`actions.${i}.due`, { setValueAs: orNull })}
            error={errors.actions?.[i]?.due?.message}
          />
          <label className="checkbox">
            <input type="checkbox" {...register(`actions.${i}.done`)} />
            Done
          </label>
          {watchedActions?.[i]?.done ? (
            <TextField
              label={`Done on (${i + 1})`}
              type="date"
              hint="Today if left empty."
              {...register(`actions.${i}.doneOn`, { setValueAs: orNull })}
              error={errors.actions?.[i]?.doneOn?.message}
            />
          ) : null}
          <button type="button" onClick={() => actions.remove(i)} aria-label={`Remove action ${i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <div className="actions" style={{ marginTop: 0 }}>
        <button type="button" onClick={() => actions.append({ text: '', due: null, done: false, doneOn: null })}>
          Add an action item
        </button>
      </div>
      {guard ? (
        <IdentifiersPanel texts={guard.texts} found={guard.found}>
          <TextField
            label="Why keep them?"
            hint="Saved with the note. Or edit them out above and save again."
            {...register('identifiersReason', { setValueAs: orNull })}
            error={errors.identifiersReason?.message}
          />
        </IdentifiersPanel>
      ) : null}
      <ErrorAlert message={formMessage(errors) ?? errors.actions?.root?.message ?? errors.riskFlags?.message} />
      <FormActions
        submit={guard && !editedSinceGuard ? 'Save anyway' : 'Save note'}
        busy={formState.isSubmitting}
        onCancel={props.onCancel}
      />
    </form>
  );
}
