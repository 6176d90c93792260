// A two-minute alliance check-in after a session: goals, tasks and bond on 0-10 sliders (in our own
// words), a comment, and whose answer it is. Keyboard: each slider moves with the arrow keys.
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { checkinInput } from '../../../../src-main/contract/alliance';
import { localToday } from '../../../../src-main/contract/dates';
import {
  ALLIANCE_PART_LABELS,
  ALLIANCE_PARTS,
  RESPONDENT_LABELS,
  RESPONDENTS,
} from '../../../../src-main/contract/enums';
import type { Session } from '../../../../src-main/contract/sessions';
import { refusalOf } from '../../api/queries';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { dateText } from '../../app/format';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useCreateCheckin } from './hooks';
import { useVaultRole } from '../settings/vault-role';
import { FormFrame } from '../../components/FormFrame';

// Sliders hold text while moved; the request holds numbers.
type Values = Omit<z.input<typeof checkinInput>, 'goals' | 'tasks' | 'bond' | 'sessionId'> & {
  goals: string;
  tasks: string;
  bond: string;
  sessionId: string;
};
const toInput = (v: Values) => ({
  ...v,
  sessionId: v.sessionId || null,
  goals: Number(v.goals),
  tasks: Number(v.tasks),
  bond: Number(v.bond),
});

export function CheckinForm(props: { superviseeId: string; sessions: Session[]; onDone: () => void }) {
  const create = useCreateCheckin();
  // In a supervisee's own vault, their answer is "yours".
  const own = useVaultRole() === 'supervisee';
  const today = localToday();
  const recent = props.sessions.filter((s) => s.date <= today).slice(0, 20);
  const form = useForm<Values>({
    defaultValues: {
      superviseeId: props.superviseeId,
      checkedOn: recent[0]?.date ?? today,
      sessionId: recent[0]?.id ?? '',
      respondent: 'supervisee',
      goals: '7',
      tasks: '7',
      bond: '7',
      comment: '',
    },
    resolver: contractResolver<Values>(checkinInput, toInput),
  });
  const { register, handleSubmit, formState, control } = form;
  const [goals, tasks, bond] = useWatch({ control, name: ['goals', 'tasks', 'bond'] });
  const shown = { goals, tasks, bond };
  const errors = formState.errors;
  const submit = handleSubmit(async (v) => {
    const refused = await refusalOf(create.mutateAsync(checkinInput.parse(toInput(v))));
    if (refused) showRefusal(form, refused);
    else props.onDone();
  });
  return (
    <FormFrame className="subform" label="Alliance check-in" onSubmit={(e) => void submit(e)} onCancel={props.onDone}>
      <div className="grid-3">
        <TextField label="Date" type="date" autoFocus {...register('checkedOn')} error={errors.checkedOn?.message} />
        <SelectField label="After the session" {...register('sessionId')} error={errors.sessionId?.message}>
          <option value="">Not tied to a session</option>
          {recent.map((s) => (
            <option key={s.id} value={s.id}>
              {dateText(s.date)}, {s.durationMinutes} min
            </option>
          ))}
        </SelectField>
        <SelectField label="Whose answer" {...register('respondent')} error={errors.respondent?.message}>
          {RESPONDENTS.map((r) => (
            <option key={r} value={r}>
              {own && r === 'supervisee' ? 'Your answer' : RESPONDENT_LABELS[r]}
            </option>
          ))}
        </SelectField>
      </div>
      {ALLIANCE_PARTS.map((part) => (
        <div className="field slider" key={part}>
          <label htmlFor={`checkin-${part}`}>{ALLIANCE_PART_LABELS[part]}</label>
          <div className="slider-row">
            <span className="muted" aria-hidden="true">
              0
            </span>
            <input
              id={`checkin-${part}`}
              type="range"
              min={0}
              max={10}
              step={1}
              aria-valuetext={`${shown[part]} out of 10`}
              {...register(part)}
            />
            <span className="muted" aria-hidden="true">
              10
            </span>
            <output htmlFor={`checkin-${part}`} className="slider-value">
              {shown[part]}
            </output>
          </div>
          {errors[part] ? (
            <div className="field-error" role="alert">
              {errors[part]?.message}
            </div>
          ) : null}
        </div>
      ))}
      <TextAreaField label="Comment" {...register('comment')} error={errors.comment?.message} />
      <ErrorAlert message={formMessage(errors)} />
      <FormActions submit="Save the check-in" busy={formState.isSubmitting} onCancel={props.onDone} />
    </FormFrame>
  );
}
