// Sessions & hours: pick a supervisee, see totals for a period and week by week, log, edit, delete
// (with undo) and export the log as CSV.
import { useCallback, useMemo, useState } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import {
  DIRECT_ACTIVITIES,
  DIRECT_ACTIVITY_LABELS,
  MODALITY_LABELS,
  OBSERVATION_LABELS,
} from '../../../../src-main/contract/enums';
import { hoursText as h } from '../../../../src-main/contract/numbers';
import type { Session } from '../../../../src-main/contract/sessions';
import type { SignedPeriod } from '../../../../src-main/contract/signing';
import { navigate } from '../../app/routes';
import { call, refusalOf, RequestFailed, useRead } from '../../api/queries';
import { SelectField, TextField } from '../../components/Field';
import { WeekHoursForm } from '../hours/WeekHoursForm';
import { WeeklyTable } from '../hours/WeeklyTable';
import { WeekEntriesTable } from '../hours/WeekEntriesTable';
import { useSetWeek, useWeekEntries } from '../hours/hooks';
import type { WeekEntry } from '../../../../src-main/contract/hours';
import { dateText } from '../../app/format';
import { SessionTable } from './SessionTable';
import { EdgeWeeksNote } from '../hours/EdgeWeeksNote';
import { RequirementsCard } from '../rules/RequirementsCard';
import { HistoryImport } from '../history/HistoryImport';
import { SignedPeriodsCard } from '../signing/SignedPeriodsCard';
import { CURRENT, useSupervisees } from '../supervisees/hooks';
import { SuperviseePicker } from '../supervisees/SuperviseePicker';
import { UNENCRYPTED } from '../../components/notices';
import {
  useCreateSession,
  useDeleteSession,
  useLastSession,
  useRestoreSession,
  useSessions,
  useUpdateSession,
} from './hooks';
import { ChooseSupervisee } from './ChooseSupervisee';
import { QuickLogForm } from './QuickLogForm';
import { usualValues } from './usual-values';
import { ErrorAlert } from '../../components/Alert';
import { useOpenActions } from '../notes/hooks';
import { usePrepared } from '../reflections/hooks';

const NO_PERIODS: SignedPeriod[] = [];
const NO_WEEKS: WeekEntry[] = [];
const NO_SESSIONS: Session[] = [];

type FormState =
  | { mode: 'new' }
  | { mode: 'choose' }
  | { mode: 'edit'; session: Session }
  | { mode: 'week'; editing?: WeekEntry }
  | { mode: 'history' }
  | null;

type Period = 'week' | 'month' | 'year' | 'all' | 'custom';
const PERIODS: [Period, string][] = [
  ['week', 'This week'],
  ['month', 'This month'],
  ['year', 'This year'],
  ['all', 'All time'],
  ['custom', 'Custom range'],
];

// `superviseeId` comes from the URL (#/sessions/<id>); without one, the first active supervisee.
export function SessionsView(props: { superviseeId: string | null; quickLog: { ask: boolean } | null }) {
  const people = useSupervisees(CURRENT).data ?? null;
  const who = props.superviseeId ?? (people?.find((s) => s.status === 'active') ?? people?.[0])?.id ?? '';
  const [period, setPeriod] = useState<Period>('all');
  const [from, setFrom] = useState(`${localToday().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(localToday());
  const range = period === 'custom' ? { range: period, from, to } : { range: period };
  const summaryQuery = useRead('hours.summary', { superviseeId: who, period: range }, { enabled: !!who });
  const summary = summaryQuery.data ?? null;
  const error = summaryQuery.error?.message ?? null;
  const sessions = useSessions(who).data ?? NO_SESSIONS;
  const last = useLastSession(who).data ?? null;
  const usual = useMemo(() => usualValues(sessions), [sessions]);
  // The same read the signed-periods card makes (one cache entry): which rows are locked.
  const periods = useRead('periods.list', { superviseeId: who }, { enabled: !!who }).data ?? NO_PERIODS;
  // A quick-log request (the global shortcut) remounts this view with the form already open, or
  // first asks for whom when no supervisee was in view (and there is more than one to choose from).
  const [requested, setForm] = useState<FormState>(
    props.quickLog ? { mode: props.quickLog.ask ? 'choose' : 'new' } : null,
  );
  const form: FormState = requested?.mode === 'choose' && people && people.length <= 1 ? { mode: 'new' } : requested;
  const person = people?.find((p) => p.id === who);
  // A message belongs to its moment: each is kept with the supervisee it was about, and a save
  // clears it, so "Saved to …" or a refusal never lingers on another supervisee's page.
  const [undoing, setUndo] = useState<Session | null>(null);
  const [said, setSaid] = useState<{ who: string; text: string } | null>(null);
  const setNotice = useCallback((text: string | null) => setSaid(text ? { who, text } : null), [who]);
  // Moving to another supervisee drops the last one's message and undo for good.
  if (said && said.who !== who) setSaid(null);
  if (undoing && undoing.superviseeId !== who) setUndo(null);
  const notice = said?.who === who ? said.text : null;
  const clearNotice = useCallback(() => setSaid(null), []);
  const undo = undoing?.superviseeId === who ? undoing : null;
  const create = useCreateSession();
  const update = useUpdateSession();
  const del = useDeleteSession(who);
  const restoreWrite = useRestoreSession();
  const weekEntries = useWeekEntries(who).data ?? NO_WEEKS;
  // Read only while the quick log is open: it lists them for the session being logged.
  const followUps = useOpenActions(who, form?.mode === 'new').data;
  const prepared = usePrepared(form?.mode === 'new' ? who : '').data;
  const setWeek = useSetWeek();
  // A deleted week entry's hours, for its undo; a refusal, for the row it was asked on.
  const [weekUndo, setWeekUndo] = useState<{ who: string; entry: WeekEntry } | null>(null);
  const [weekRefused, setWeekRefused] = useState<{ who: string; weekStart: string; text: string } | null>(null);
  const undoWeek = weekUndo?.who === who ? weekUndo.entry : null;
  const setWeekAsync = setWeek.mutateAsync;
  const removeWeek = useCallback(
    async (e: WeekEntry) => {
      const refused = await refusalOf(
        setWeekAsync({ superviseeId: e.superviseeId, weekStart: e.weekStart, entries: [] }),
      );
      setWeekRefused(refused ? { who: e.superviseeId, weekStart: e.weekStart, text: refused.message } : null);
      if (!refused) setWeekUndo({ who: e.superviseeId, entry: e });
    },
    [setWeekAsync],
  );
  const editWeek = useCallback((e: WeekEntry) => setForm({ mode: 'week', editing: e }), []);
  async function restoreWeek() {
    if (!undoWeek) return;
    const refused = await refusalOf(
      setWeekAsync({
        superviseeId: undoWeek.superviseeId,
        weekStart: undoWeek.weekStart,
        entries: undoWeek.entries,
      }),
    );
    if (refused) setWeekRefused({ who, weekStart: undoWeek.weekStart, text: refused.message });
    setWeekUndo(null);
  }

  // Stable across renders, so the memoised session table re-renders only when its rows change.
  const deleteSession = del.mutateAsync;
  const remove = useCallback(
    async (s: Session) => {
      const refused = await refusalOf(deleteSession({ id: s.id }));
      if (refused) setNotice(refused.message);
      else setUndo(s);
    },
    [deleteSession, setNotice],
  );
  const edit = useCallback((s: Session) => setForm({ mode: 'edit', session: s }), []);

  async function restore() {
    if (!undo) return;
    const refused = await refusalOf(restoreWrite.mutateAsync({ id: undo.id }));
    if (refused) setNotice(refused.message);
    else {
      setUndo(null);
    }
  }

  // An export's outcome, said where the user is looking.
  async function exporting(what: string, run: () => Promise<{ path: string | null }>) {
    setNotice(what);
    try {
      const r = await run();
      setNotice(r.path ? `Saved to ${r.path}. ${UNENCRYPTED}` : null);
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
      setNotice(e.error.message);
    }
  }

  async function exportPdf() {
    const range =
      summary?.from && summary.to
        ? { from: summary.from, to: summary.to }
        : { from: summary?.weeks[0]?.weekStart ?? localToday(), to: localToday() };
    await exporting('Preparing the PDF…', () => call('hours.exportPdf', { superviseeId: who, ...range }));
  }

  async function exportCsv(layout: 'sessions' | 'weekly') {
    const range =
      summary?.from && summary.to ? { from: summary.from, to: summary.to } : { from: '1900-01-01', to: localToday() };
    await exporting('Writing the CSV…', () => call('hours.exportCsv', { superviseeId: who, ...range, layout }));
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
            <button type="button" onClick={() => setForm({ mode: 'history' })} disabled={!who}>
              Bring in past hours…
            </button>
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
        <SuperviseePicker view="sessions" people={people} value={who} onChosen={() => setForm(null)} />
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
      {form?.mode === 'choose' ? (
        <ChooseSupervisee
          people={people ?? []}
          onCancel={() => setForm(null)}
          onChoose={(id) => {
            navigate({ view: 'sessions', id });
            setForm({ mode: 'new' });
          }}
        />
      ) : null}
      {form?.mode === 'history' && who ? (
        <HistoryImport key={`history-${who}`} superviseeId={who} onClose={() => setForm(null)} />
      ) : null}
      {form?.mode === 'week' ? (
        <WeekHoursForm
          key={form.editing?.weekStart ?? `new-${who}`}
          editing={form.editing}
          superviseeId={who}
          onCancel={() => setForm(null)}
          onSaved={(what) => {
            setForm(null);
            setWeekRefused(null);
            setNotice(what);
          }}
        />
      ) : null}
      {form && (form.mode === 'new' || form.mode === 'edit') ? (
        <QuickLogForm
          subtitle={person ? `For ${person.fullName}` : undefined}
          supervision={person ? { start: person.supervisionStart, end: person.supervisionEnd } : undefined}
          key={form.mode === 'edit' ? form.session.id : `new-${who}`}
          title={form.mode === 'edit' ? 'Edit session' : 'Log a session'}
          last={last}
          usual={usual}
          followUps={followUps}
          prepared={prepared}
          editing={form.mode === 'edit' ? form.session : undefined}
          onCancel={() => setForm(null)}
          onSubmit={async (input) => {
            const refused = await refusalOf(
              form.mode === 'edit'
                ? update.mutateAsync({ id: form.session.id, patch: input })
                : create.mutateAsync({ superviseeId: who, ...input }),
            );
            if (!refused) {
              setForm(null);
              setNotice(null);
            }
            return refused;
          }}
        />
      ) : null}
      <ErrorAlert message={error} />
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
              Indirect {h(summary.indirectHours)} · Client contact, direct and indirect{' '}
              {h(summary.directHours + summary.indirectHours)}
            </div>
          </div>
          <div className="stat">
            <div className="label">Direct hours by activity</div>
            <div className="detail" data-testid="direct-by-activity">
              {DIRECT_ACTIVITIES.filter((a) => summary.byActivity[a] > 0)
                .map((a) => `${DIRECT_ACTIVITY_LABELS[a]} ${h(summary.byActivity[a])}`)
                .join(' · ') || 'None yet'}
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
      {summary?.edgeWeeks.length ? <EdgeWeeksNote weeks={summary.edgeWeeks} /> : null}
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
      {who ? <RequirementsCard superviseeId={who} /> : null}
      {who ? <SignedPeriodsCard superviseeId={who} onChanged={clearNotice} /> : null}
      {summary ? <WeeklyTable weeks={summary.weeks} /> : null}
      <WeekEntriesTable
        entries={weekEntries}
        refused={weekRefused?.who === who ? weekRefused : null}
        onEdit={editWeek}
        onDelete={removeWeek}
      />
      <SessionTable key={who} sessions={sessions} periods={periods} onEdit={edit} onDelete={remove} />
      {undo ? (
        <div className="toast" role="status">
          Session of {dateText(undo.date)} deleted.
          <button type="button" onClick={() => void restore()}>
            Undo
          </button>
          <button type="button" onClick={() => setUndo(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
      {undoWeek ? (
        <div className="toast" role="status">
          Hours for the week of {dateText(undoWeek.weekStart)} deleted.
          <button type="button" onClick={() => void restoreWeek()}>
            Undo
          </button>
          <button type="button" onClick={() => setWeekUndo(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
    </section>
  );
}
