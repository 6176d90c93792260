// Write the supervision agreement, or amend it: every field of the one in force is offered again,
// and an amendment asks what changed and why. Checked with the contract's own schema.
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { agreementInput, type Agreement, type AgreementInput } from '../../../../src-main/contract/agreements';
import {
  ENDING_STEP_LABELS,
  ENDING_STEPS,
  MEETING_FREQUENCIES,
  MEETING_FREQUENCY_LABELS,
} from '../../../../src-main/contract/enums';
import { localToday } from '../../../../src-main/contract/dates';
import type { AppErrorShape } from '../../../../src-main/contract/errors';
import { contractResolver, defaultKey, formMessage, showRefusal, type KeyFor } from '../../api/forms';
import { ErrorAlert } from '../../components/Alert';
import { Options, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormFrame } from '../../components/FormFrame';

// Each evaluation date is a date picker of its own; an empty one is left out.
type Values = Omit<z.input<typeof agreementInput>, 'evaluationDates'> & { evaluationDates: { day: string }[] };

const toInput = (v: Values) => ({
  ...v,
  evaluationDates: v.evaluationDates.map((d) => d.day).filter(Boolean),
  endsOn: v.endsOn || null,
  reason: v.reason || null,
});
// A problem with evaluation date k belongs to its picker; one about them all, to the first.
const keyFor: KeyFor = (path) =>
  path[0] === 'evaluationDates' ? `evaluationDates.${typeof path[1] === 'number' ? path[1] : 0}.day` : defaultKey(path);

export function AgreementForm(props: {
  superviseeId: string;
  current: Agreement | null;
  onSubmit: (input: AgreementInput) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const c = props.current;
  const form = useForm<Values>({
    defaultValues: {
      superviseeId: props.superviseeId,
      frequency: c?.frequency ?? 'weekly',
      format: c?.format ?? '',
      feedback: c?.feedback ?? '',
      evaluationDates: (c?.evaluationDates ?? []).map((day) => ({ day })),
      endsOn: c?.endsOn ?? null,
      endingSteps: c?.endingSteps ?? [...ENDING_STEPS],
      endingPlan: c?.endingPlan ?? '',
      reason: null,
      agreedOn: localToday(),
    },
    resolver: contractResolver<Values>(agreementInput, toInput, keyFor),
  });
  const { register, handleSubmit, formState, control } = form;
  const evaluations = useFieldArray({ control, name: 'evaluationDates' });
  const errors = formState.errors;
  const title = c ? `Amend the agreement (version ${c.version + 1})` : 'Write the supervision agreement';
  const submit = handleSubmit(async (values) => {
    const failure = await props.onSubmit(agreementInput.parse(toInput(values)));
    if (failure) showRefusal(form, failure, keyFor);
  });

  return (
    <FormFrame className="card" label={title} onSubmit={(e) => void submit(e)} onCancel={props.onCancel}>
      <h2>{title}</h2>
      <div className="grid-2">
        <SelectField label="Meets" autoFocus {...register('frequency')} error={errors.frequency?.message}>
          <Options values={MEETING_FREQUENCIES} labels={MEETING_FREQUENCY_LABELS} />
        </SelectField>
        <TextField
          label="Format"
          hint="Individual or group, in person or video, when."
          autoComplete="off"
          {...register('format')}
          error={errors.format?.message}
        />
      </div>
      <TextAreaField
        label="How feedback is given, both ways"
        {...register('feedback')}
        error={errors.feedback?.message}
      />
      <fieldset className="choose">
        <legend>Evaluation dates</legend>
        {evaluations.fields.length ? null : <p className="muted">None yet.</p>}
        {evaluations.fields.map((f, i) => (
          <div key={f.id} className="action-row">
            <TextField
              label={`Evaluation ${i + 1}`}
              type="date"
              {...register(`evaluationDates.${i}.day`)}
              error={errors.evaluationDates?.[i]?.day?.message}
            />
            <button type="button" onClick={() => evaluations.remove(i)} aria-label={`Remove evaluation ${i + 1}`}>
              Remove
            </button>
          </div>
        ))}
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="button" onClick={() => evaluations.append({ day: '' })}>
            Add an evaluation date
          </button>
        </div>
      </fieldset>
      <div className="grid-2">
        <TextField
          label={c ? 'Amended on' : 'Agreed on'}
          type="date"
          hint="The day it was agreed; today unless you are writing down an earlier one."
          {...register('agreedOn')}
          error={errors.agreedOn?.message}
        />
        <TextField label="Formal supervision ends" type="date" {...register('endsOn')} error={errors.endsOn?.message} />
      </div>
      <fieldset className="choose">
        <legend>When it ends</legend>
        {ENDING_STEPS.map((step) => (
          <label key={step} className="checkbox">
            <input type="checkbox" value={step} {...register('endingSteps')} />
            {ENDING_STEP_LABELS[step]}
          </label>
        ))}
      </fieldset>
      <TextAreaField label="What happens then" {...register('endingPlan')} error={errors.endingPlan?.message} />
      {c ? (
        <TextAreaField
          label="What changed, and why"
          hint="Kept with this version; the earlier version stays as it was."
          {...register('reason')}
          error={errors.reason?.message}
        />
      ) : null}
      <ErrorAlert message={formMessage(errors)} />
      <FormActions
        submit={c ? 'Save the amended agreement' : 'Save the agreement'}
        busy={formState.isSubmitting}
        onCancel={props.onCancel}
      />
    </FormFrame>
  );
}
