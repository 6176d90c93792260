// Signing a period of the log, and reopening one with a reason. A signed period is read-only;
// its SHA-256 appears in exports so a reader can match the paper to the vault.
import { useState, type FormEvent } from 'react';
import { dateText } from '../../app/format';
import { useForm } from 'react-hook-form';
import { localToday, previousMonth } from '../../../../src-main/contract/dates';
import { SIGNING_PERIOD_WORDS, signingPeriodOf } from '../../../../src-main/contract/rules';
import { useRulePacks } from '../rules/hooks';
import { periodToSign, signRequest, type SignRequest, type SignedPeriod } from '../../../../src-main/contract/signing';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { refusalOf, setRead, useRead, useWrite } from '../../api/queries';
import { TextField } from '../../components/Field';
import { ErrorAlert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';
import { Table } from '../../components/Table';

type SignDraft = Omit<SignRequest, 'superviseeId'>;

// A signed or reopened period replaces its row. The week entries (which say whether a signed period
// covers them) are read again from the table the write touched.
function putPeriod(p: SignedPeriod): void {
  setRead('periods.list', { superviseeId: p.superviseeId }, (old) =>
    old ? [...old.filter((x) => x.id !== p.id), p].sort((a, b) => a.periodStart.localeCompare(b.periodStart)) : old,
  );
}

// `onChanged` after a signing or reopening: the view's older messages no longer hold.
export function SignedPeriodsCard(props: { superviseeId: string; onChanged?: () => void }) {
  const periods = useRead('periods.list', { superviseeId: props.superviseeId }).data ?? [];
  const person = useRead('supervisees.get', { id: props.superviseeId }).data;
  const pack = (useRulePacks().data ?? []).find((p) => p.id === person?.rulePack) ?? null;
  const signsBy = signingPeriodOf(pack);
  const [signing, setSigning] = useState(false);
  const [reopening, setReopening] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reopenedBy, setReopenedBy] = useState('');
  const [reopenErrors, setReopenErrors] = useState<FormErrors>(NO_ERRORS);
  const signWrite = useWrite('periods.sign', putPeriod);
  const reopenWrite = useWrite('periods.reopen', putPeriod);
  const form = useForm<SignDraft>({
    defaultValues: {
      ...previousMonth(localToday()),
      supervisorName: '',
      supervisorLicence: '',
      signedOn: localToday(),
    },
    resolver: contractResolver<SignDraft>(signRequest, (v) => ({ superviseeId: props.superviseeId, ...v })),
  });
  const { register, formState } = form;
  const err = (k: keyof SignDraft) => formState.errors[k]?.message;
  const message = formMessage(formState.errors);

  const sign = form.handleSubmit(async (d) => {
    const refused = await refusalOf(signWrite.mutateAsync({ superviseeId: props.superviseeId, ...d }));
    if (refused) return showRefusal(form, refused);
    setSigning(false);
    props.onChanged?.();
  });

  async function reopen(e: FormEvent, id: string) {
    e.preventDefault();
    const refused = await refusalOf(reopenWrite.mutateAsync({ id, reason, reopenedBy }));
    setReopenErrors(formErrors(refused, ['reason', 'reopenedBy']));
    if (refused) return;
    setReopening(null);
    setReason('');
    props.onChanged?.();
  }

  return (
    <div className="card" aria-labelledby="periods-title">
      <div className="page-head" style={{ marginBottom: '0.5rem' }}>
        <h2 id="periods-title" style={{ margin: 0 }}>
          Signed periods
        </h2>
        {!signing ? (
          <button
            type="button"
            onClick={() => {
              // The period the supervisee's pack signs by, offered first; any period can still be typed.
              if (person) {
                const first = periodToSign(signsBy, localToday(), person);
                form.setValue('from', first.from);
                form.setValue('to', first.to);
              }
              setSigning(true);
            }}
          >
            Sign a period…
          </button>
        ) : null}
      </div>
      {signing ? (
        <form onSubmit={(e) => void sign(e)} aria-label="Sign a period" noValidate>
          <p className="muted">
            Signing locks every session and hour in the period. Changing one later means reopening the period, with a
            reason that is kept.
          </p>
          <p className="muted" data-testid="signs-by">
            {pack ? pack.name : 'No rule pack chosen'}: {SIGNING_PERIOD_WORDS[signsBy]}. Any period can be signed.
          </p>
          <div className="grid-3">
            <TextField label="Period from" type="date" {...register('from')} error={err('from')} />
            <TextField label="Period to" type="date" {...register('to')} error={err('to')} />
            <TextField label="Signed on" type="date" {...register('signedOn')} error={err('signedOn')} />
            <TextField label="Supervisor name" {...register('supervisorName')} error={err('supervisorName')} />
            <TextField label="Supervisor licence" {...register('supervisorLicence')} error={err('supervisorLicence')} />
          </div>
          <ErrorAlert message={message} />
          <FormActions
            submit="Sign period"
            onCancel={() => {
              setSigning(false);
              form.clearErrors();
            }}
          />
        </form>
      ) : null}
      {periods.length ? (
        <Table label="Signed periods" columns={['Period', 'Signed by', 'Status', 'SHA-256', '']}>
          {periods.map((p) => (
            <tr key={p.id}>
              <td>
                {dateText(p.periodStart)} to {dateText(p.periodEnd)}
              </td>
              <td>
                {p.supervisorName} ({p.supervisorLicence}), {dateText(p.signedOn)}
              </td>
              <td>
                <span className={`badge ${p.status === 'signed' ? 'active' : 'paused'}`}>{p.status}</span>
                {/* Changes after a reopening are expected; a signed period that changed was edited outside
                    Alliance. */}
                {!p.intact && p.status === 'reopened' ? (
                  <span className="badge paused" title="Corrected after it was reopened">
                    reopened, changed
                  </span>
                ) : null}
                {!p.intact && p.status === 'signed' ? (
                  <span
                    className="badge archived"
                    title="The records no longer match what was signed, and it was never reopened"
                  >
                    changed since signing
                  </span>
                ) : null}
                {p.reopenReason ? (
                  <div className="muted">
                    Reopened by {p.reopenedBy ?? 'someone not recorded'}: {p.reopenReason}
                  </div>
                ) : null}
              </td>
              <td>
                <code title={p.contentSha256}>{p.contentSha256.slice(0, 12)}…</code>
              </td>
              <td>
                {p.status === 'signed' && reopening !== p.id ? (
                  <button
                    type="button"
                    onClick={() => setReopening(p.id)}
                    aria-label={`Reopen ${dateText(p.periodStart)} to ${dateText(p.periodEnd)}`}
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
                      error={reopenErrors.field('reason')}
                    />
                    <TextField
                      label="Reopened by"
                      value={reopenedBy}
                      onChange={(e) => setReopenedBy(e.target.value)}
                      error={reopenErrors.field('reopenedBy')}
                    />
                    <ErrorAlert message={reopenErrors.general} />
                    <div className="actions" style={{ marginTop: 0 }}>
                      <button type="submit" className="danger">
                        Reopen
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          setReopening(null);
                          setReopenErrors(NO_ERRORS);
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
        </Table>
      ) : !signing ? (
        <p className="muted">No period signed yet.</p>
      ) : null}
    </div>
  );
}
