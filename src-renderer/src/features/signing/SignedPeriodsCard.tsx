// Signing a period of the log, and reopening one with a reason. A signed period is read-only;
// its SHA-256 appears in exports so a reader can match the paper to the vault.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SignedPeriod } from '../../../../src-main/contract/signing';
import { api } from '../../api/client';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { TextField } from '../../components/Field';
import { useFocusFirstInvalid } from '../../components/focus-first-invalid';
import { todayLocal } from '../sessions/QuickLogForm';

function lastMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const last = new Date(now.getFullYear(), now.getMonth(), 0);
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: iso(first), to: iso(last) };
}

const SIGN_FIELDS = ['from', 'to', 'signedOn', 'supervisorName', 'supervisorLicence'];

export function SignedPeriodsCard(props: { superviseeId: string; version: number; onChanged: () => void }) {
  const [periods, setPeriods] = useState<SignedPeriod[]>([]);
  const [signing, setSigning] = useState(false);
  const [form, setForm] = useState({
    ...lastMonth(),
    supervisorName: '',
    supervisorLicence: '',
    signedOn: todayLocal(),
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [reopening, setReopening] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reopenError, setReopenError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);

  useEffect(() => {
    let current = true;
    void api.periods.list({ superviseeId: props.superviseeId }).then((r) => current && r.ok && setPeriods(r.value));
    return () => {
      current = false;
    };
  }, [props.superviseeId, props.version]);

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const err = errors.field;

  async function sign(e: FormEvent) {
    e.preventDefault();
    const r = await api.periods.sign({ superviseeId: props.superviseeId, ...form });
    if (!r.ok) return setErrors(formErrors(r.error, SIGN_FIELDS));
    setErrors(NO_ERRORS);
    setSigning(false);
    props.onChanged();
  }

  async function reopen(e: FormEvent, id: string) {
    e.preventDefault();
    const r = await api.periods.reopen({ id, reason });
    if (!r.ok) return setReopenError(r.error.message);
    setReopening(null);
    setReason('');
    setReopenError(null);
    props.onChanged();
  }

  return (
    <div className="card" aria-labelledby="periods-title">
      <div className="page-head" style={{ marginBottom: '0.5rem' }}>
        <h2 id="periods-title" style={{ margin: 0 }}>
          Signed periods
        </h2>
        {!signing ? (
          <button type="button" onClick={() => setSigning(true)}>
            Sign a period…
          </button>
        ) : null}
      </div>
      {signing ? (
        <form ref={formRef} onSubmit={(e) => void sign(e)} aria-label="Sign a period" noValidate>
          <p className="muted">
            Signing locks every session and hour in the period. Changing one later means reopening the period, with a
            reason that is kept.
          </p>
          <div className="grid-3">
            <TextField label="Period from" type="date" value={form.from} onChange={set('from')} error={err('from')} />
            <TextField label="Period to" type="date" value={form.to} onChange={set('to')} error={err('to')} />
            <TextField
              label="Signed on"
              type="date"
              value={form.signedOn}
              onChange={set('signedOn')}
              error={err('signedOn')}
            />
            <TextField
              label="Supervisor name"
              value={form.supervisorName}
              onChange={set('supervisorName')}
              error={err('supervisorName')}
            />
            <TextField
              label="Supervisor licence"
              value={form.supervisorLicence}
              onChange={set('supervisorLicence')}
              error={err('supervisorLicence')}
            />
          </div>
          {errors.general ? (
            <div className="alert error" role="alert">
              {errors.general}
            </div>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary">
              Sign period
            </button>
            <button
              type="button"
              onClick={() => {
                setSigning(false);
                setErrors(NO_ERRORS);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {periods.length ? (
        <table aria-label="Signed periods">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Signed by</th>
              <th scope="col">Status</th>
              <th scope="col">SHA-256</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.periodStart} to {p.periodEnd}
                </td>
                <td>
                  {p.supervisorName} ({p.supervisorLicence}), {p.signedOn}
                </td>
                <td>
                  <span className={`badge ${p.status === 'signed' ? 'active' : 'paused'}`}>{p.status}</span>
                  {!p.intact ? (
                    <span className="badge archived" title="The records no longer match what was signed">
                      changed since signing
                    </span>
                  ) : null}
                  {p.reopenReason ? <div className="muted">Reason: {p.reopenReason}</div> : null}
                </td>
                <td>
                  <code title={p.contentSha256}>{p.contentSha256.slice(0, 12)}…</code>
                </td>
                <td>
                  {p.status === 'signed' && reopening !== p.id ? (
                    <button
                      type="button"
                      onClick={() => setReopening(p.id)}
                      aria-label={`Reopen ${p.periodStart} to ${p.periodEnd}`}
                    >
                      Reopen…
                    </button>
                  ) : null}
                  {reopening === p.id ? (
                    <form onSubmit={(e) => void reopen(e, p.id)} aria-label="Reopen period" noValidate>
                      <TextField
                        label="Reason for reopening"
                        autoFocus
                        value={reason}
                        onChange={(e) => setReason(e.target.value)}
                        error={reopenError}
                      />
                      <div className="actions" style={{ marginTop: 0 }}>
                        <button type="submit" className="danger">
                          Reopen
                        </button>
                        <button
                          type="button"
                          onClick={() => {
                            setReopening(null);
                            setReopenError(null);
                          }}
                        >
                          Cancel
                        </button>
                      </div>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : !signing ? (
        <p className="muted">No period signed yet.</p>
      ) : null}
    </div>
  );
}
