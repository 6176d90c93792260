// How long this supervisee's records are kept, on their page: the keep-until date and where it comes
// from, an extension with its reason, a legal hold that stops the clock, and, once the date has come,
// deletion for good (after which the supervisees list says what older backups still hold them).
import { useState, type FormEvent } from 'react';
import { DELETE_REASON_LABELS, DELETE_REASONS, type RetentionStatus } from '../../../../src-main/contract/retention';
import type { Result } from '../../../../src-main/contract/errors';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { attempt, useRead } from '../../api/queries';
import { navigate } from '../../app/routes';
import { dateText } from '../../app/format';
import { ErrorAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';
import { rememberDeletion } from './deletion-notice';

type Open = null | 'extend' | 'hold' | 'delete';

function origin(r: RetentionStatus): string {
  const why =
    r.packYears !== null && r.packYears >= r.ownYears
      ? `${r.years} years, as the rule pack asks`
      : `${r.years} years, your setting in Settings` + (r.packYears !== null ? ` (the pack asks ${r.packYears})` : '');
  if (!r.supervisionEnd) return `Kept while supervision continues; once it ends, for ${why}.`;
  return `Supervision ended ${dateText(r.supervisionEnd)}; kept for ${why}.`;
}

export function RetentionCard(props: { superviseeId: string; name: string }) {
  const r = useRead('retention.get', { superviseeId: props.superviseeId }).data;
  const [open, setOpen] = useState<Open>(null);
  if (!r) return null;
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">Keeping these records</h2>
      <p data-testid="keep-until">
        {r.keepUntil ? (
          <>
            Kept until <strong>{dateText(r.keepUntil)}</strong>
            {r.extendedUntil === r.keepUntil ? ' (extended)' : ''}.
          </>
        ) : (
          'No keep-until date yet.'
        )}
      </p>
      <p className="muted">{origin(r)}</p>
      {r.extendedUntil === r.keepUntil && r.extensionReason ? (
        <p className="muted">Extended because: {r.extensionReason}</p>
      ) : null}
      {r.hold ? (
        <div className="alert warn" role="status">
          Legal hold since {dateText(r.hold.since)}: {r.hold.reason}. The clock is stopped and nothing can be deleted.
        </div>
      ) : null}
      {r.state === 'due' ? (
        <div className="alert warn" role="status">
          These records have reached their keep-until date. Hand {props.name} their archive (below), extend the date, or
          delete the records for good.
        </div>
      ) : null}
      {open === 'extend' ? <ExtendForm r={r} onDone={() => setOpen(null)} /> : null}
      {open === 'hold' ? <HoldForm r={r} onDone={() => setOpen(null)} /> : null}
      {open === 'delete' ? <DeleteForm r={r} onDone={() => setOpen(null)} /> : null}
      {open === null ? (
        <div className="actions">
          {r.keepUntil ? (
            <button type="button" onClick={() => setOpen('extend')}>
              Extend…
            </button>
          ) : null}
          {r.hold ? (
            <LiftHold r={r} />
          ) : (
            <button type="button" onClick={() => setOpen('hold')}>
              Place a legal hold…
            </button>
          )}
          {r.state === 'due' ? (
            <button type="button" className="danger" onClick={() => setOpen('delete')}>
              Delete for good…
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function LiftHold(props: { r: RetentionStatus }) {
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

function ExtendForm(props: { r: RetentionStatus; onDone: () => void }) {
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
      <div className="actions">
        <button type="submit" disabled={busy}>
          Extend
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function HoldForm(props: { r: RetentionStatus; onDone: () => void }) {
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
      <div className="actions">
        <button type="submit" disabled={busy}>
          Place the hold
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DeleteForm(props: { r: RetentionStatus; onDone: () => void }) {
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
      <div className="actions">
        <button type="submit" className="danger" disabled={busy || confirmName !== props.r.name}>
          {busy ? 'Deleting and overwriting… (a large vault takes a minute)' : 'Delete for good'}
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
