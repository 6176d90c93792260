// Add and edit share one form. Values stay in the form on any error; the message appears next to
// the field the main process named.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DISCIPLINE_LABELS, DISCIPLINES, SUPERVISEE_STATUSES } from '../../../../src-main/contract/enums';
import type { AppErrorShape } from '../../../../src-main/contract/errors';
import type { Supervisee, SuperviseeInput } from '../../../../src-main/contract/supervisees';
import { api } from '../../api/client';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { SelectField, TextField } from '../../components/Field';
import { useFocusFirstInvalid } from '../../components/focus-first-invalid';

export type SuperviseeDraft = Required<Omit<SuperviseeInput, 'supervisionEnd' | 'rulePack'>> & {
  supervisionEnd: string;
  rulePack: string;
};

export function draftFrom(s?: Supervisee): SuperviseeDraft {
  return {
    fullName: s?.fullName ?? '',
    discipline: s?.discipline ?? 'counseling_associate',
    licenceTrack: s?.licenceTrack ?? '',
    registrationNumber: s?.registrationNumber ?? '',
    program: s?.program ?? '',
    site: s?.site ?? '',
    supervisionStart: s?.supervisionStart ?? new Date().toISOString().slice(0, 10),
    supervisionEnd: s?.supervisionEnd ?? '',
    status: s?.status ?? 'active',
    rulePack: s?.rulePack ?? '',
  };
}

export function SuperviseeForm(props: {
  title: string;
  initial: SuperviseeDraft;
  submitLabel: string;
  onSubmit: (draft: SuperviseeDraft) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const [d, setD] = useState(props.initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [packs, setPacks] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    let current = true;
    void api.rules.packs({}).then((r) => current && r.ok && setPacks(r.value.map((p) => ({ id: p.id, name: p.name }))));
    return () => {
      current = false;
    };
  }, []);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const set =
    <K extends keyof SuperviseeDraft>(k: K) =>
    (e: { target: { value: string } }) =>
      setD({ ...d, [k]: e.target.value });
  const err = (k: keyof SuperviseeDraft) => errors.field(k);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const failure = await props.onSubmit(d);
    setBusy(false);
    setErrors(formErrors(failure, Object.keys(d)));
  }

  return (
    <form ref={formRef} className="card" onSubmit={(e) => void submit(e)} aria-label={props.title} noValidate>
      <h2>{props.title}</h2>
      <TextField
        label="Full name"
        autoFocus
        value={d.fullName}
        onChange={set('fullName')}
        error={err('fullName')}
        required
      />
      <div className="grid-2">
        <SelectField label="Discipline" value={d.discipline} onChange={set('discipline')} error={err('discipline')}>
          {DISCIPLINES.map((x) => (
            <option key={x} value={x}>
              {DISCIPLINE_LABELS[x]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" value={d.status} onChange={set('status')} error={err('status')}>
          {SUPERVISEE_STATUSES.map((x) => (
            <option key={x} value={x}>
              {x[0]!.toUpperCase() + x.slice(1)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Licence track"
          hint="For example AMFT, LPC Associate, PGY-3."
          value={d.licenceTrack}
          onChange={set('licenceTrack')}
          error={err('licenceTrack')}
        />
        <TextField
          label="Registration number"
          value={d.registrationNumber}
          onChange={set('registrationNumber')}
          error={err('registrationNumber')}
        />
        <TextField label="Program or agency" value={d.program} onChange={set('program')} error={err('program')} />
        <TextField label="Site" value={d.site} onChange={set('site')} error={err('site')} />
        <TextField
          label="Supervision start"
          type="date"
          value={d.supervisionStart}
          onChange={set('supervisionStart')}
          error={err('supervisionStart')}
          required
        />
        <TextField
          label="Supervision end"
          hint="Leave empty while supervision continues."
          type="date"
          value={d.supervisionEnd}
          onChange={set('supervisionEnd')}
          error={err('supervisionEnd')}
        />
        <SelectField
          label="Rule pack"
          hint="The licence or program requirements this supervisee works toward."
          value={d.rulePack}
          onChange={set('rulePack')}
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
      {errors.general ? (
        <div className="alert error" role="alert">
          {errors.general}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function draftToInput(d: SuperviseeDraft): SuperviseeInput {
  return {
    ...d,
    supervisionEnd: d.supervisionEnd === '' ? null : d.supervisionEnd,
    rulePack: d.rulePack === '' ? null : d.rulePack,
  };
}
