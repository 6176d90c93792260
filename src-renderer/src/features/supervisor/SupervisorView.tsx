// The supervisor's own page: their licences and when each expires, the supervision training their
// board asks of supervisors, their self-assessments, and what falls due across the caseload in the
// next 60 days. This week repeats what is due within 30.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { localToday } from '../../../../src-main/contract/dates';
import {
  licenceFields,
  selfAssessmentFields,
  trainingFields,
  type Licence,
} from '../../../../src-main/contract/supervisor';
import { contractResolver, showRefusal } from '../../api/forms';
import { refusalOf, useRead, useWrite } from '../../api/queries';
import { dateText, datesInText } from '../../app/format';
import { hrefFor } from '../../app/routes';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Table } from '../../components/Table';

const numberOrZero = (v: unknown) => (v === '' || v === null || v === undefined ? 0 : Number(v));
const dayOrNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export function SupervisorView() {
  const today = localToday();
  const page = useRead('supervisor.page', { today });
  const [editing, setEditing] = useState<Licence | 'new' | null>(null);
  const p = page.data;
  return (
    <section aria-labelledby="you-title">
      <h1 id="you-title">Your licence &amp; duties</h1>
      {page.error ? <ErrorAlert message={page.error.message} /> : null}
      {p ? (
        <div className="home-layout">
          <div className="home-main">
            <section className="card" aria-labelledby="due-title">
              <h2 id="due-title">Coming due in the next 60 days</h2>
              {p.due.length ? (
                <ul className="plain-list week-list" aria-label="Coming due">
                  {p.due.map((d, i) => (
                    <li key={i} className={d.on < today ? 'overdue' : undefined}>
                      <strong>{dateText(d.on)}</strong>: {datesInText(d.what)}{' '}
                      {d.superviseeId ? (
                        <a className="link" href={hrefFor({ view: 'supervisees', id: d.superviseeId })}>
                          Open
                        </a>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">Nothing falls due in the next 60 days.</p>
              )}
            </section>
            <section className="card" aria-labelledby="licences-title">
              <div className="page-head" style={{ marginBottom: '0.5rem' }}>
                <h2 id="licences-title" style={{ margin: 0 }}>
                  Licences
                </h2>
                {!editing ? (
                  <button type="button" onClick={() => setEditing('new')}>
                    Add a licence
                  </button>
                ) : null}
              </div>
              {editing ? (
                <LicenceForm editing={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
              ) : null}
              {p.licences.length ? (
                <Table
                  label="Licences"
                  columns={['Licence', 'Expires', 'Training before supervising', 'Training this renewal', '']}
                >
                  {p.licences.map((l) => (
                    <tr key={l.id}>
                      <th scope="row">
                        {l.title} {l.number}
                        <div className="muted">{l.jurisdiction}</div>
                      </th>
                      <td>{l.expiresOn ? dateText(l.expiresOn) : '—'}</td>
                      <td>
                        {l.trainingBeforeHours
                          ? `${Math.min(l.trainingTotal, l.trainingBeforeHours)} of ${l.trainingBeforeHours} hours`
                          : '—'}
                      </td>
                      <td>
                        {l.trainingPerRenewalHours
                          ? `${l.trainingThisRenewal} of ${l.trainingPerRenewalHours} hours`
                          : '—'}
                      </td>
                      <td className="row-actions">
                        <button type="button" onClick={() => setEditing(l)} aria-label={`Edit ${l.title} ${l.number}`}>
                          Edit
                        </button>
                      </td>
                    </tr>
                  ))}
                </Table>
              ) : (
                <p className="muted">
                  No licence yet. Add yours with its number and expiry, and the supervision training your board asks of
                  supervisors (California: 15 hours before supervising, 6 in each renewal period).
                </p>
              )}
            </section>
          </div>
          <aside className="home-side" aria-label="Training and self-assessment">
            <TrainingCard training={p.training} />
            <SelfAssessmentCard latest={p.selfAssessments[0] ?? null} />
          </aside>
        </div>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}

type LicenceDraft = {
  title: string;
  number: string;
  jurisdiction: string;
  renewedOn: string;
  expiresOn: string;
  trainingBeforeHours: string;
  trainingPerRenewalHours: string;
};

function LicenceForm(props: { editing: Licence | null; onDone: () => void }) {
  const save = useWrite('supervisor.saveLicence');
  const remove = useWrite('supervisor.deleteLicence');
  const l = props.editing;
  const toInput = (d: LicenceDraft) => ({
    title: d.title,
    number: d.number,
    jurisdiction: d.jurisdiction,
    renewedOn: dayOrNull(d.renewedOn) as string | null,
    expiresOn: dayOrNull(d.expiresOn) as string | null,
    trainingBeforeHours: numberOrZero(d.trainingBeforeHours),
    trainingPerRenewalHours: numberOrZero(d.trainingPerRenewalHours),
  });
  const form = useForm<LicenceDraft>({
    defaultValues: {
      title: l?.title ?? '',
      number: l?.number ?? '',
      jurisdiction: l?.jurisdiction ?? '',
      renewedOn: l?.renewedOn ?? '',
      expiresOn: l?.expiresOn ?? '',
      trainingBeforeHours: String(l?.trainingBeforeHours ?? ''),
      trainingPerRenewalHours: String(l?.trainingPerRenewalHours ?? ''),
    },
    resolver: contractResolver<LicenceDraft>(licenceFields, toInput),
  });
  const err = (k: keyof LicenceDraft) => form.formState.errors[k]?.message;
  const submit = form.handleSubmit(async (d) => {
    const refused = await refusalOf(save.mutateAsync({ id: l?.id ?? null, licence: toInput(d) }));
    if (refused) return showRefusal(form, refused, (path) => String(path.at(-1) ?? ''));
    props.onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={l ? 'Edit the licence' : 'Add a licence'} noValidate>
      <div className="grid-3">
        <TextField label="Licence" hint="LMFT, LPC-S, LCSW…" {...form.register('title')} error={err('title')} />
        <TextField label="Licence number" {...form.register('number')} error={err('number')} />
        <TextField label="Board or state" {...form.register('jurisdiction')} error={err('jurisdiction')} />
        <TextField label="Last renewed" type="date" {...form.register('renewedOn')} error={err('renewedOn')} />
        <TextField label="Expires" type="date" {...form.register('expiresOn')} error={err('expiresOn')} />
        <div />
        <TextField
          label="Supervision training before supervising (hours)"
          type="number"
          min={0}
          {...form.register('trainingBeforeHours')}
          error={err('trainingBeforeHours')}
        />
        <TextField
          label="Supervision training each renewal (hours)"
          type="number"
          min={0}
          {...form.register('trainingPerRenewalHours')}
          error={err('trainingPerRenewalHours')}
        />
      </div>
      <FormActions
        submit={l ? 'Save licence' : 'Add licence'}
        busy={form.formState.isSubmitting}
        onCancel={props.onDone}
      >
        {l ? (
          <button
            type="button"
            className="danger"
            onClick={() => void refusalOf(remove.mutateAsync({ id: l.id })).then((r) => (r ? null : props.onDone()))}
          >
            Delete licence
          </button>
        ) : null}
      </FormActions>
    </form>
  );
}

function TrainingCard(props: { training: { id: string; happenedOn: string; hours: number; title: string }[] }) {
  const add = useWrite('supervisor.addTraining');
  type Draft = { happenedOn: string; hours: string; title: string };
  const toInput = (d: Draft) => ({ happenedOn: d.happenedOn, hours: Number(d.hours || NaN), title: d.title });
  const form = useForm<Draft>({
    defaultValues: { happenedOn: localToday(), hours: '', title: '' },
    resolver: contractResolver<Draft>(trainingFields, toInput),
  });
  const err = (k: keyof Draft) => form.formState.errors[k]?.message;
  const submit = form.handleSubmit(async (d) => {
    const refused = await refusalOf(add.mutateAsync(toInput(d)));
    if (refused) return showRefusal(form, refused, (path) => String(path.at(-1) ?? ''));
    form.reset({ happenedOn: localToday(), hours: '', title: '' });
  });
  const total = props.training.reduce((n, t) => n + t.hours, 0);
  return (
    <section className="card" aria-labelledby="training-title">
      <h2 id="training-title">Supervision training</h2>
      <p className="muted">{Math.round(total * 100) / 100} hours logged in all.</p>
      <form onSubmit={(e) => void submit(e)} aria-label="Log supervision training" noValidate>
        <TextField label="Training" {...form.register('title')} error={err('title')} />
        <div className="grid-2">
          <TextField label="Day it took place" type="date" {...form.register('happenedOn')} error={err('happenedOn')} />
          <TextField label="Hours" type="number" step="any" min={0} {...form.register('hours')} error={err('hours')} />
        </div>
        <FormActions submit="Log training" busy={form.formState.isSubmitting} />
      </form>
      {props.training.length ? (
        <ul className="plain-list" aria-label="Training logged">
          {props.training.map((t) => (
            <li key={t.id}>
              {dateText(t.happenedOn)}: {t.title} <span className="muted">({t.hours} h)</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function SelfAssessmentCard(props: { latest: { doneOn: string; nextDueOn: string | null } | null }) {
  const record = useWrite('supervisor.recordSelfAssessment');
  type Draft = { doneOn: string; nextDueOn: string };
  const toInput = (d: Draft) => ({ doneOn: d.doneOn, nextDueOn: (dayOrNull(d.nextDueOn) as string | null) ?? null });
  const form = useForm<Draft>({
    defaultValues: { doneOn: localToday(), nextDueOn: '' },
    resolver: contractResolver<Draft>(selfAssessmentFields, toInput),
  });
  const err = (k: keyof Draft) => form.formState.errors[k]?.message;
  const submit = form.handleSubmit(async (d) => {
    const refused = await refusalOf(record.mutateAsync(toInput(d)));
    if (refused) return showRefusal(form, refused, (path) => String(path.at(-1) ?? ''));
    form.reset({ doneOn: localToday(), nextDueOn: '' });
  });
  return (
    <section className="card" aria-labelledby="self-title">
      <h2 id="self-title">Self-assessment</h2>
      <p data-testid="self-assessment">
        {props.latest
          ? `Last done ${dateText(props.latest.doneOn)}` +
            `${props.latest.nextDueOn ? `; next due ${dateText(props.latest.nextDueOn)}` : ''}.`
          : 'None recorded yet.'}
      </p>
      <form onSubmit={(e) => void submit(e)} aria-label="Record a self-assessment" noValidate>
        <TextField label="Done on" type="date" {...form.register('doneOn')} error={err('doneOn')} />
        <TextField label="Next due" type="date" {...form.register('nextDueOn')} error={err('nextDueOn')} />
        <FormActions submit="Record self-assessment" busy={form.formState.isSubmitting} />
      </form>
    </section>
  );
}
