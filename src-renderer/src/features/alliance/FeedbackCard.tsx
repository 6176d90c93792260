// Feedback the supervisor received about the supervision, and what they changed because of it. In a
// supervisee's own vault the same card keeps the feedback they give (features/settings/vault-role.ts).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { allianceChannels, type FeedbackItem } from '../../../../src-main/contract/alliance';
import { localToday } from '../../../../src-main/contract/dates';
import { FEEDBACK_SOURCE_LABELS, FEEDBACK_SOURCES } from '../../../../src-main/contract/enums';
import { refusalOf } from '../../api/queries';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { dateText } from '../../app/format';
import { ErrorAlert } from '../../components/Alert';
import { Options, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useCreateFeedback, useDeleteFeedback, useFeedback, useUpdateFeedback } from './hooks';
import { FormFrame } from '../../components/FormFrame';
import { useVaultRole } from '../settings/vault-role';

const WORDS = {
  supervisor: {
    card: 'Feedback received',
    form: 'Feedback you received',
    day: 'Received on',
    said: 'What you were told',
    changed: 'What you changed',
    sources: FEEDBACK_SOURCE_LABELS,
    empty: 'What the supervisee or others tell you about the supervision, and what you changed.',
  },
  supervisee: {
    card: 'Feedback on supervision',
    form: 'Feedback you gave',
    day: 'Given on',
    said: 'What you said',
    changed: 'What changed since',
    sources: { ...FEEDBACK_SOURCE_LABELS, supervisee: 'You' },
    empty:
      'What you tell your supervisor about the supervision. Feedback from you goes to them with “Check-ins and ' +
      'feedback”.',
  },
};
const useWords = () => WORDS[useVaultRole()];

const schema = allianceChannels['feedback.create'].input;
type Values = Omit<z.input<typeof schema>, 'superviseeId'>;

function FeedbackForm(props: { superviseeId: string; item?: FeedbackItem; onDone: () => void }) {
  const create = useCreateFeedback();
  const update = useUpdateFeedback();
  const f = props.item;
  const form = useForm<Values>({
    defaultValues: {
      receivedOn: f?.receivedOn ?? localToday(),
      source: f?.source ?? 'supervisee',
      feedback: f?.feedback ?? '',
      changed: f?.changed ?? '',
    },
    resolver: contractResolver<Values>(schema, (v) => ({ superviseeId: props.superviseeId, ...v })),
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const submit = handleSubmit(async (v) => {
    const refused = await refusalOf(
      f ? update.mutateAsync({ id: f.id, ...v }) : create.mutateAsync({ superviseeId: props.superviseeId, ...v }),
    );
    if (refused) showRefusal(form, refused);
    else props.onDone();
  });
  const words = useWords();
  const title = f ? 'Change the feedback' : words.form;
  return (
    <FormFrame className="subform" label={title} onSubmit={(e) => void submit(e)} onCancel={props.onDone}>
      <div className="grid-2">
        <TextField
          label={words.day}
          type="date"
          autoFocus
          {...register('receivedOn')}
          error={errors.receivedOn?.message}
        />
        <SelectField label="From" {...register('source')} error={errors.source?.message}>
          <Options values={FEEDBACK_SOURCES} labels={words.sources} />
        </SelectField>
      </div>
      <TextAreaField label={words.said} {...register('feedback')} error={errors.feedback?.message} />
      <TextAreaField
        label={words.changed}
        hint="Leave empty if nothing has changed yet."
        {...register('changed')}
        error={errors.changed?.message}
      />
      <ErrorAlert message={formMessage(errors)} />
      <FormActions submit="Save the feedback" busy={formState.isSubmitting} onCancel={props.onDone} />
    </FormFrame>
  );
}

export function FeedbackCard(props: { superviseeId: string }) {
  const items = useFeedback(props.superviseeId).data ?? [];
  const remove = useDeleteFeedback();
  const [editing, setEditing] = useState<FeedbackItem | 'new' | null>(null);
  const words = useWords();
  return (
    <section className="card" aria-labelledby="feedback-title">
      <div className="page-head">
        <h2 id="feedback-title">{words.card}</h2>
        {editing === null ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" onClick={() => setEditing('new')}>
              Record feedback
            </button>
          </div>
        ) : null}
      </div>
      {editing === 'new' ? <FeedbackForm superviseeId={props.superviseeId} onDone={() => setEditing(null)} /> : null}
      {items.length === 0 && editing === null ? (
        <p className="muted">{words.empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((f) =>
            editing !== 'new' && editing?.id === f.id ? (
              <li key={f.id}>
                <FeedbackForm superviseeId={props.superviseeId} item={f} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={f.id} className="feedback-item">
                <div className="item-row">
                  <span>
                    <strong>{dateText(f.receivedOn)}</strong> · {words.sources[f.source]}
                  </span>
                  <span className="actions" style={{ marginTop: 0 }}>
                    <button type="button" onClick={() => setEditing(f)}>
                      Change
                    </button>
                    <button type="button" onClick={() => void remove.mutateAsync({ id: f.id })}>
                      Remove
                    </button>
                  </span>
                </div>
                <p>{f.feedback}</p>
                <p className="muted">{f.changed ? `Changed: ${f.changed}` : 'Nothing changed yet.'}</p>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
