// The retention card's forms: extend the keep-until date, place or lift a legal hold, delete for
// good. Each shows main's refusal on the field it is about; deletion returns to the supervisees list,
// which says what older backups still hold the records (deletion-notice.tsx).
import { useState, type FormEvent } from 'react';
import { DELETE_REASON_LABELS, DELETE_REASONS, type RetentionStatus } from '../../../../src-main/contract/retention';
import type { Result } from '../../../../src-main/contract/errors';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { attempt } from '../../api/queries';
import { navigate } from '../../app/routes';
import { ErrorAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';
import { rememberDeletion } from './deletion-notice';

export function LiftHold(props: { r: RetentionStatus }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const res = await attempt('retention.release', { superviseeId: props.r.superviseeId });
          setError(res.ok ? null : res.error.message);
        }}
      >
        Lift the legal hold
      </button>
      <ErrorAlert message={error} />
    </>
  );
}

function useSubmit(fields: string[], send: () => Promise<Result<unknown>>, onDone: () => void) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await send();
    setBusy(false);
    if (res.ok) onDone();
    else setErrors(formErrors(res.error, fields));
  }
  return { errors, busy, submit };
}

// A form's two buttons: do it, or close the form with nothing done.
function SubmitOrCancel(props: {
  label: string;
  busy: boolean;
  onCancel: () => void;
  danger?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className="actions">
      <button type="submit" className={props.danger ? 'danger' : undefined} disabled={props.busy || props.disabled}>
        {props.label}
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function ExtendForm(props: { r: RetentionStatus; onDone: () => void }) {
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const { errors, busy, submit } = useSubmit(
    ['until', 'reason'],
    () => attempt('retention.extend', { superviseeId: props.r.superviseeId, until, reason }),
    props.onDone,
  );
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Extend the keep-until date" noValidate>
      <TextField
        label="Keep until"
        type="date"
        autoFocus
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        error={errors.field('until')}
      />
      <TextField
        label="Why"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.field('reason')}
        hint="For example: a board audit is open, or a longer rule applies (a minor's records)."
      />
      <ErrorAlert message={errors.general} />
      <SubmitOrCancel label="Extend" busy={busy} onCancel={props.onDone} />
    </form>
  );
}

export function HoldForm(props: { r: RetentionStatus; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const { errors, busy, submit } = useSubmit(
    ['reason'],
    () => attempt('retention.hold', { superviseeId: props.r.superviseeId, reason }),
    props.onDone,
  );
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Place a legal hold" noValidate>
      <TextField
        label="Why the records must be kept"
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.field('reason')}
        hint="A legal hold stops the clock until you lift it: the records are never due while it stands."
      />
      <ErrorAlert message={errors.general} />
      <SubmitOrCancel label="Place the hold" busy={busy} onCancel={props.onDone} />
    </form>
  );
}

export function DeleteForm(props: { r: RetentionStatus; onDone: () => void }) {
  const [reason, setReason] = useState<(typeof DELETE_REASONS)[number]>('retention_ended');
  const [deletedBy, setDeletedBy] = useState('');
  const [confirmName, setConfirmName] = useState('');
  const { errors, busy, submit } = useSubmit(
    ['reason', 'deletedBy', 'confirmName'],
    async () => {
      const res = await attempt('retention.deleteForGood', {
        superviseeId: props.r.superviseeId,
        confirmName,
        reason,
        deletedBy,
      });
      if (res.ok) {
        rememberDeletion(props.r.name, res.value);
        navigate({ view: 'supervisees', id: null }, { replace: true });
      }
      return res;
    },
    () => undefined,
  );
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Delete these records for good" noValidate>
      <p>
        Every record of {props.r.name} is removed from this vault and the space it used is overwritten. This cannot be
        undone. Files you exported earlier, such as archives, are not touched.
      </p>
      <SelectField
        label="Why"
        value={reason}
        onChange={(e) => setReason(e.target.value as typeof reason)}
        error={errors.field('reason')}
      >
        <Options values={DELETE_REASONS} labels={DELETE_REASON_LABELS} />
      </SelectField>
      <TextField
        label="Your name"
        value={deletedBy}
        onChange={(e) => setDeletedBy(e.target.value)}
        error={errors.field('deletedBy')}
        hint="The security log records who deleted the records and why, never what they held."
      />
      <TextField
        label={`Type “${props.r.name}” to confirm`}
        value={confirmName}
        onChange={(e) => setConfirmName(e.target.value)}
        error={errors.field('confirmName')}
      />
      <ErrorAlert message={errors.general} />
      <SubmitOrCancel
        label={busy ? 'Deleting and overwriting… (a large vault takes a minute)' : 'Delete for good'}
        busy={busy}
        danger
        disabled={confirmName !== props.r.name}
        onCancel={props.onDone}
      />
    </form>
  );
}
