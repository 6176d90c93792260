// Feedback the supervisor received about the supervision, and what they changed because of it.
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
  const title = f ? 'Change the feedback' : 'Feedback you received';
  return (
    <FormFrame className="subform" label={title} onSubmit={(e) => void submit(e)} onCancel={props.onDone}>
      <div className="grid-2">
        <TextField
          label="Received on"
          type="date"
          autoFocus
          {...register('receivedOn')}
          error={errors.receivedOn?.message}
        />
        <SelectField label="From" {...register('source')} error={errors.source?.message}>
          <Options values={FEEDBACK_SOURCES} labels={FEEDBACK_SOURCE_LABELS} />
        </SelectField>
      </div>
      <TextAreaField label="What you were told" {...register('feedback')} error={errors.feedback?.message} />
      <TextAreaField
        label="What you changed"
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
  return (
    <section className="card" aria-labelledby="feedback-title">
      <div className="page-head">
        <h2 id="feedback-title">Feedback received</h2>
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
        <p className="muted">What the supervisee or others tell you about the supervision, and what you changed.</p>
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
                    <strong>{dateText(f.receivedOn)}</strong> · {FEEDBACK_SOURCE_LABELS[f.source]}
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
