// Sessions & hours: pick a supervisee, see totals for a period and week by week, log, edit, delete
// (with undo) and export the log as CSV.
import { useEffect, useState } from 'react';
import { FORMAT_LABELS, MODALITY_LABELS, OBSERVATION_LABELS } from '../../../../src-main/contract/enums';
import type { HoursSummary } from '../../../../src-main/contract/hours';
import type { Session } from '../../../../src-main/contract/sessions';
import type { Supervisee } from '../../../../src-main/contract/supervisees';
import { api } from '../../api/client';
import { SelectField, TextField } from '../../components/Field';
import { QuickLogForm, todayLocal } from './QuickLogForm';
import { RequirementsCard } from '../rules/RequirementsCard';
import { SignedPeriodsCard } from '../signing/SignedPeriodsCard';
import { WeekHoursForm } from '../hours/WeekHoursForm';

type Period = 'week' | 'month' | 'year' | 'all' | 'custom';
const PERIODS: [Period, string][] = [
  ['week', 'This week'],
  ['month', 'This month'],
  ['year', 'This year'],
  ['all', 'All time'],
  ['custom', 'Custom range'],
];
const h = (n: number) => (Math.round(n * 100) / 100).toString();

export function SessionsView(props: { quickLogRequest: number }) {
  const [people, setPeople] = useState<Supervisee[] | null>(null);
  const [who, setWho] = useState<string>('');
  const [period, setPeriod] = useState<Period>('all');
  const [from, setFrom] = useState(`${todayLocal().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(todayLocal());
  const [summary, setSummary] = useState<HoursSummary | null>(null);
  const [sessions, setSessions] = useState<Session[]>([]);
  const [last, setLast] = useState<Session | null>(null);
  // A quick-log request (the global shortcut) remounts this view with the form already open.
  const [form, setForm] = useState<{ mode: 'new' } | { mode: 'edit'; session: Session } | { mode: 'week' } | null>(
    props.quickLogRequest > 0 ? { mode: 'new' } : null,
  );
  const [version, setVersion] = useState(0);
  const [undo, setUndo] = useState<Session | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void api.supervisees.list({ status: 'any', archived: 'exclude' }).then((r) => {
      if (!current || !r.ok) return;
      setPeople(r.value);
      setWho((w) => w || (r.value.find((s) => s.status === 'active') ?? r.value[0])?.id || '');
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!who) return;
    let current = true;
    const p = period === 'custom' ? { range: period, from, to } : { range: period };
    void Promise.all([
      api.hours.summary({ superviseeId: who, period: p }),
      api.sessions.list({ superviseeId: who, limit: 500 }),
      api.sessions.last({ superviseeId: who }),
    ]).then(([s, l, last]) => {
      if (!current) return;
      if (s.ok) setSummary(s.value);
      setError(s.ok ? null : s.error.message);
      if (l.ok) setSessions(l.value);
      if (last.ok) setLast(last.value);
    });
    return () => {
      current = false;
    };
  }, [who, period, from, to, version]);

  async function remove(s: Session) {
    const r = await api.sessions.delete({ id: s.id });
    if (r.ok) {
      setUndo(s);
      setVersion((v) => v + 1);
    } else setNotice(r.error.message);
  }

  async function restore() {
    if (!undo) return;
    const r = await api.sessions.restore({ id: undo.id });
    if (r.ok) setUndo(null);
    setVersion((v) => v + 1);
  }

  async function exportPdf() {
    const range =
      summary?.from && summary.to
        ? { from: summary.from, to: summary.to }
        : { from: summary?.weeks[0]?.weekStart ?? todayLocal(), to: todayLocal() };
    setNotice('Preparing the PDF…');
    const r = await api.hours.exportPdf({ superviseeId: who, ...range });
    setNotice(r.ok ? (r.value.path ? `Saved to ${r.value.path}` : null) : r.error.message);
  }

  async function exportCsv(layout: 'sessions' | 'weekly') {
    const range =
      summary?.from && summary.to ? { from: summary.from, to: summary.to } : { from: '1900-01-01', to: todayLocal() };
    setNotice('Writing the CSV…');
    const r = await api.hours.exportCsv({ superviseeId: who, ...range, layout });
    setNotice(r.ok ? (r.value.path ? `Saved to ${r.value.path}` : null) : r.error.message);
  }

  if (people && people.length === 0) {
    return (
      <section aria-labelledby="sessions-title">
        <h1 id="sessions-title">Sessions &amp; hours</h1>
        <div className="card empty">Add a supervisee first; their sessions and hours will show here.</div>
      </section>
    );
  }

  return (
    <section aria-labelledby="sessions-title">
      <div className="page-head">
        <h1 id="sessions-title">Sessions &amp; hours</h1>
        {!form ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" onClick={() => setForm({ mode: 'week' })}>
              Log hours for a week
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => setForm({ mode: 'new' })}
              aria-keyshortcuts="Control+Shift+L"
            >
              Log session
            </button>
          </div>
        ) : null}
      </div>
      <div className="toolbar">
        <div className="grow">
          <SelectField
            label="Supervisee"
            value={who}
            onChange={(e) => {
              setWho(e.target.value);
              setForm(null);
            }}
          >
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField label="Period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
          {PERIODS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
        {period === 'custom' ? (
          <>
            <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </>
        ) : null}
      </div>
      {form?.mode === 'week' ? (
        <WeekHoursForm
          superviseeId={who}
          onCancel={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
      {form && form.mode !== 'week' ? (
        <QuickLogForm
          key={form.mode === 'edit' ? form.session.id : `new-${who}`}
          title={form.mode === 'edit' ? 'Edit session' : 'Log a session'}
          last={last}
          editing={form.mode === 'edit' ? form.session : undefined}
          onCancel={() => setForm(null)}
          onSubmit={async (input) => {
            const r =
              form.mode === 'edit'
                ? await api.sessions.update({ id: form.session.id, patch: input })
                : await api.sessions.create({ superviseeId: who, ...input });
            if (!r.ok) return r.error;
            setForm(null);
            setVersion((v) => v + 1);
            return null;
          }}
        />
      ) : null}
      {error ? (
        <div className="alert error" role="alert">
          {error}
        </div>
      ) : null}
      {summary ? (
        <div className="stats" aria-label="Totals">
          <div className="stat">
            <div className="value" data-testid="total-supervision">
              {h(summary.supervisionHours)}
            </div>
            <div className="label">Supervision hours ({summary.sessions} sessions)</div>
            <div className="detail">
              Individual {h(summary.byFormat.individual)} · Triadic {h(summary.byFormat.triadic)} · Group{' '}
              {h(summary.byFormat.group)}
            </div>
          </div>
          <div className="stat">
            <div className="value" data-testid="total-direct">
              {h(summary.directHours)}
            </div>
            <div className="label">Direct client hours</div>
            <div className="detail">
              Indirect {h(summary.indirectHours)} · Total {h(summary.directHours + summary.indirectHours)}
            </div>
          </div>
          <div className="stat">
            <div className="label">By modality</div>
            <div className="detail">
              {Object.entries(summary.byModality)
                .map(([k, v]) => `${MODALITY_LABELS[k as keyof typeof MODALITY_LABELS]} ${h(v)}`)
                .join(' · ')}
            </div>
          </div>
          <div className="stat">
            <div className="label">Observation</div>
            <div className="detail">
              {Object.entries(summary.byObservation)
                .map(([k, v]) => `${OBSERVATION_LABELS[k as keyof typeof OBSERVATION_LABELS]} ${h(v)}`)
                .join(' · ')}
            </div>
          </div>
        </div>
      ) : null}
      <div className="actions" style={{ marginTop: 0, marginBottom: '1rem' }}>
        <button type="button" onClick={() => void exportCsv('sessions')}>
          Export sessions CSV…
        </button>
        <button type="button" onClick={() => void exportCsv('weekly')}>
          Export weekly CSV…
        </button>
        <button type="button" onClick={() => void exportPdf()}>
          Export PDF log…
        </button>
        {notice ? (
          <span className="muted" role="status">
            {notice}
          </span>
        ) : null}
      </div>
      {who ? <RequirementsCard superviseeId={who} version={version} /> : null}
      {who ? (
        <SignedPeriodsCard superviseeId={who} version={version} onChanged={() => setVersion((v) => v + 1)} />
      ) : null}
      {summary && summary.weeks.length ? (
        <details className="card">
          <summary>Week by week ({summary.weeks.length} weeks)</summary>
          <table aria-label="Weekly hours">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Sessions</th>
                <th scope="col">Supervision</th>
                <th scope="col">Ind./triadic</th>
                <th scope="col">Group</th>
                <th scope="col">Direct</th>
                <th scope="col">Indirect</th>
              </tr>
            </thead>
            <tbody>
              {[...summary.weeks]
                .reverse()
                .slice(0, 104)
                .map((w) => (
                  <tr key={w.weekStart}>
                    <td>{w.weekStart}</td>
                    <td>{w.sessions}</td>
                    <td>{h(w.supervisionHours)}</td>
                    <td>{h(w.individualTriadicHours)}</td>
                    <td>{h(w.groupHours)}</td>
                    <td>{h(w.directHours)}</td>
                    <td>{h(w.indirectHours)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {sessions.length ? (
        <table aria-label="Sessions">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Minutes</th>
              <th scope="col">Format</th>
              <th scope="col">Modality</th>
              <th scope="col">Topics</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.slice(0, 200).map((s) => (
              <tr key={s.id}>
                <td>{s.date}</td>
                <td>{s.durationMinutes}</td>
                <td>
                  {FORMAT_LABELS[s.format]}
                  {s.groupSize ? ` (${s.groupSize})` : ''}
                </td>
                <td>{MODALITY_LABELS[s.modality]}</td>
                <td className="muted">{s.topics}</td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  <button
                    type="button"
                    onClick={() => setForm({ mode: 'edit', session: s })}
                    aria-label={`Edit session of ${s.date}`}
                  >
                    Edit
                  </button>{' '}
                  <button type="button" onClick={() => void remove(s)} aria-label={`Delete session of ${s.date}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="card empty">No sessions logged yet. Press “Log session” or Ctrl+Shift+L.</div>
      )}
      {undo ? (
        <div className="toast" role="status">
          Session of {undo.date} deleted.
          <button type="button" onClick={() => void restore()}>
            Undo
          </button>
          <button type="button" onClick={() => setUndo(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
    </section>
  );
}
