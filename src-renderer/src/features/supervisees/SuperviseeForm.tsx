// Add and edit share one form. Values stay in the form on any error; the message appears next to
// the field the main process named.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { localToday } from '../../../../src-main/contract/dates';
import { DISCIPLINE_LABELS, DISCIPLINES, SUPERVISEE_STATUSES } from '../../../../src-main/contract/enums';
import type { AppErrorShape } from '../../../../src-main/contract/errors';
import {
  superviseeInput,
  type NewSupervisee,
  type Supervisee,
  type SuperviseeInput,
} from '../../../../src-main/contract/supervisees';
import { formMessage, showRefusal } from '../../api/forms';
import { Options, SelectField, TextField } from '../../components/Field';
import { useRulePacks } from '../rules/hooks';
import { ErrorAlert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';
import { saveOnCtrlEnter } from '../../components/save-keys';

function valuesFrom(s?: Supervisee): SuperviseeInput {
  return {
    fullName: s?.fullName ?? '',
    discipline: s?.discipline ?? 'counseling_associate',
    licenceTrack: s?.licenceTrack ?? '',
    registrationNumber: s?.registrationNumber ?? '',
    program: s?.program ?? '',
    site: s?.site ?? '',
    // The user's own calendar day, not UTC's: near midnight they differ.
    supervisionStart: s?.supervisionStart ?? localToday(),
    supervisionEnd: s?.supervisionEnd ?? null,
    status: s?.status ?? 'active',
    rulePack: s?.rulePack ?? null,
  };
}

// An empty date or "None" means no value.
const orNull = (v: string | null) => (v === '' ? null : v);

export function SuperviseeForm(props: {
  title: string;
  editing?: Supervisee;
  submitLabel: string;
  onSubmit: (input: NewSupervisee) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const form = useForm<SuperviseeInput, unknown, NewSupervisee>({
    defaultValues: valuesFrom(props.editing),
    resolver: zodResolver(superviseeInput),
  });
  const { register, handleSubmit, formState } = form;
  const packs = useRulePacks().data ?? [];
  const err = (k: keyof SuperviseeInput) => formState.errors[k]?.message;
  const message = formMessage(formState.errors);

  const submit = handleSubmit(async (input) => {
    const failure = await props.onSubmit(input);
    if (failure) showRefusal(form, failure);
  });

  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      onKeyDown={saveOnCtrlEnter}
      aria-label={props.title}
      noValidate
    >
      <h2>{props.title}</h2>
      <TextField label="Full name" autoFocus {...register('fullName')} error={err('fullName')} required />
      <div className="grid-2">
        <SelectField label="Discipline" {...register('discipline')} error={err('discipline')}>
          <Options values={DISCIPLINES} labels={DISCIPLINE_LABELS} />
        </SelectField>
        <SelectField label="Status" {...register('status')} error={err('status')}>
          {SUPERVISEE_STATUSES.map((x) => (
            <option key={x} value={x}>
              {x[0]!.toUpperCase() + x.slice(1)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Licence track"
          hint="For example AMFT, LPC Associate, PGY-3."
          {...register('licenceTrack')}
          error={err('licenceTrack')}
        />
        <TextField label="Registration number" {...register('registrationNumber')} error={err('registrationNumber')} />
        <TextField label="Program or agency" {...register('program')} error={err('program')} />
        <TextField label="Site" {...register('site')} error={err('site')} />
        <TextField
          label="Supervision start"
          type="date"
          {...register('supervisionStart')}
          error={err('supervisionStart')}
          required
        />
        <TextField
          label="Supervision end"
          hint="Leave empty while supervision continues."
          type="date"
          {...register('supervisionEnd', { setValueAs: orNull })}
          error={err('supervisionEnd')}
        />
        <SelectField
          label="Rule pack"
          hint="The licence or program requirements this supervisee works toward."
          {...register('rulePack', { setValueAs: orNull })}
          error={err('rulePack')}
        >
          <option value="">None</option>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert message={message} />
      <FormActions submit={props.submitLabel} busy={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
