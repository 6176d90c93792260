// Keyboard-first session logging: today's date, the rest prefilled from the supervisee's last
// session; "Repeat last session" copies that session whole (but the date). Ctrl/Cmd+Enter saves,
// Escape cancels. On an error the message sits next to its field and nothing typed is lost.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  DIRECT_ACTIVITIES,
  DIRECT_ACTIVITY_LABELS,
  FORMAT_LABELS,
  MODALITY_LABELS,
  OBSERVATION_LABELS,
  OBSERVATIONS,
  SESSION_FORMATS,
  SESSION_MODALITIES,
  type DirectActivity,
} from '../../../../src-main/contract/enums';
import type { AppErrorShape, IssuePath } from '../../../../src-main/contract/errors';
import type { Session, SessionInput } from '../../../../src-main/contract/sessions';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { SelectField, TextField } from '../../components/Field';
import { useFocusFirstInvalid } from '../../components/focus-first-invalid';

interface Draft {
  date: string;
  startTime: string;
  durationMinutes: string;
  format: Session['format'];
  groupSize: string;
  modality: Session['modality'];
  observation: Session['observation'];
  site: string;
  casesDiscussed: string;
  topics: string;
  summary: string;
  followUps: string;
  direct: { activity: DirectActivity; hours: string }[];
  indirect: string;
}

export function todayLocal(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function fromSession(s: Session | null, whole: boolean, date: string): Draft {
  return {
    date,
    startTime: s?.startTime ?? '',
    durationMinutes: String(s?.durationMinutes ?? 60),
    format: s?.format ?? 'individual',
    groupSize: s?.groupSize ? String(s.groupSize) : '',
    modality: s?.modality ?? 'in_person',
    observation: s?.observation ?? 'none',
    site: s?.site ?? '',
    casesDiscussed: whole ? (s?.casesDiscussed ?? '') : '',
    topics: whole ? (s?.topics ?? '') : '',
    summary: whole ? (s?.summary ?? '') : '',
    followUps: whole ? (s?.followUps ?? '') : '',
    direct:
      whole && s
        ? s.hours.filter((h) => h.kind === 'direct').map((h) => ({ activity: h.activity!, hours: String(h.hours) }))
        : [{ activity: 'individual', hours: '' }],
    indirect:
      whole && s ? String(s.hours.filter((h) => h.kind === 'indirect').reduce((n, h) => n + h.hours, 0) || '') : '',
  };
}

// The request's hours list holds only the rows that have a number, direct rows first; `hoursKeys`
// remembers which form row each entry came from so a problem with entry k lands on that row.
function toInput(d: Draft): { input: Omit<SessionInput, 'superviseeId'>; hoursKeys: string[] } {
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  const hours: SessionInput['hours'] = [];
  const hoursKeys: string[] = [];
  d.direct.forEach((r, i) => {
    if (r.hours.trim() === '') return;
    hours.push({ kind: 'direct', activity: r.activity, hours: num(r.hours) });
    hoursKeys.push(`direct.${i}`);
  });
  if (d.indirect.trim() !== '') {
    hours.push({ kind: 'indirect', activity: null, hours: num(d.indirect) });
    hoursKeys.push('indirect');
  }
  const input = {
    date: d.date,
    startTime: d.startTime || null,
    durationMinutes: num(d.durationMinutes),
    format: d.format,
    groupSize: d.format === 'group' ? num(d.groupSize) : null,
    modality: d.modality,
    observation: d.observation,
    site: d.site,
    casesDiscussed: d.casesDiscussed,
    topics: d.topics,
    summary: d.summary,
    followUps: d.followUps,
    hours,
  };
  return { input, hoursKeys };
}

function keyFor(hoursKeys: string[]) {
  return (raw: IssuePath): string | null => {
    const path = raw[0] === 'patch' ? raw.slice(1) : raw;
    if (path[0] === 'hours' && typeof path[1] === 'number') return hoursKeys[path[1]] ?? 'hours';
    return path.join('.');
  };
}

// Fields of the form that a problem can be shown on; the direct-hours rows add `direct.<row>`.
const KNOWN = [
  'date',
  'startTime',
  'durationMinutes',
  'format',
  'groupSize',
  'modality',
  'observation',
  'site',
  'casesDiscussed',
  'topics',
  'summary',
  'followUps',
  'indirect',
];

export function QuickLogForm(props: {
  title: string;
  last: Session | null;
  editing?: Session;
  onSubmit: (input: Omit<SessionInput, 'superviseeId'>) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const [d, setD] = useState<Draft>(() =>
    props.editing ? fromSession(props.editing, true, props.editing.date) : fromSession(props.last, false, todayLocal()),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const set =
    <K extends keyof Draft>(k: K) =>
    (e: { target: { value: string } }) =>
      setD({ ...d, [k]: e.target.value as Draft[K] });
  const err = errors.field;

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    const { input, hoursKeys } = toInput(d);
    const failure = await props.onSubmit(input);
    setBusy(false);
    setErrors(formErrors(failure, [...KNOWN, ...d.direct.map((_, i) => `direct.${i}`)], keyFor(hoursKeys)));
  }

  function keys(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    }
  }

  return (
    <form
      ref={formRef}
      className="card"
      onSubmit={(e) => void submit(e)}
      onKeyDown={keys}
      aria-label={props.title}
      noValidate
    >
      <div className="page-head" style={{ marginBottom: '0.5rem' }}>
        <h2 style={{ margin: 0 }}>{props.title}</h2>
        {!props.editing && props.last ? (
          <button type="button" onClick={() => setD(fromSession(props.last, true, d.date))}>
            Repeat last session
          </button>
        ) : null}
      </div>
      <div className="grid-3">
        <TextField label="Date" type="date" autoFocus value={d.date} onChange={set('date')} error={err('date')} />
        <TextField
          label="Start time"
          type="time"
          value={d.startTime}
          onChange={set('startTime')}
          error={err('startTime')}
        />
        <TextField
          label="Duration (minutes)"
          type="number"
          min={1}
          max={720}
          value={d.durationMinutes}
          onChange={set('durationMinutes')}
          error={err('durationMinutes')}
        />
        <SelectField label="Format" value={d.format} onChange={set('format')} error={err('format')}>
          {SESSION_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </SelectField>
        {d.format === 'group' ? (
          <TextField
            label="People in the group"
            type="number"
            min={3}
            value={d.groupSize}
            onChange={set('groupSize')}
            error={err('groupSize')}
            hint="Supervisees present, 3 or more."
          />
        ) : (
          <div />
        )}
        <SelectField label="Modality" value={d.modality} onChange={set('modality')}>
          {SESSION_MODALITIES.map((m) => (
            <option key={m} value={m}>
              {MODALITY_LABELS[m]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Observation" value={d.observation} onChange={set('observation')}>
          {OBSERVATIONS.map((o) => (
            <option key={o} value={o}>
              {OBSERVATION_LABELS[o]}
            </option>
          ))}
        </SelectField>
        <TextField label="Site" value={d.site} onChange={set('site')} error={err('site')} />
        <TextField
          label="Cases discussed"
          hint="Case codes only, never names."
          value={d.casesDiscussed}
          onChange={set('casesDiscussed')}
          error={err('casesDiscussed')}
        />
      </div>
      <TextField label="Topics" value={d.topics} onChange={set('topics')} error={err('topics')} />
      <div className="grid-2">
        <TextField label="Summary" value={d.summary} onChange={set('summary')} error={err('summary')} />
        <TextField label="Follow-ups" value={d.followUps} onChange={set('followUps')} error={err('followUps')} />
      </div>
      <fieldset className="hours">
        <legend>Client-contact hours since the last log</legend>
        {d.direct.map((r, i) => (
          <div className="grid-3" key={i}>
            <SelectField
              label={`Direct activity ${i + 1}`}
              value={r.activity}
              onChange={(e) =>
                setD({
                  ...d,
                  direct: d.direct.map((x, j) => (j === i ? { ...x, activity: e.target.value as DirectActivity } : x)),
                })
              }
            >
              {DIRECT_ACTIVITIES.map((a) => (
                <option key={a} value={a}>
                  {DIRECT_ACTIVITY_LABELS[a]}
                </option>
              ))}
            </SelectField>
            <TextField
              label={`Direct hours ${i + 1}`}
              type="number"
              step="0.25"
              min={0}
              value={r.hours}
              onChange={(e) =>
                setD({ ...d, direct: d.direct.map((x, j) => (j === i ? { ...x, hours: e.target.value } : x)) })
              }
              error={err(`direct.${i}`)}
            />
            <div className="actions" style={{ alignSelf: 'end' }}>
              <button
                type="button"
                onClick={() => setD({ ...d, direct: d.direct.filter((_, j) => j !== i) })}
                aria-label={`Remove direct activity ${i + 1}`}
              >
                Remove
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setD({ ...d, direct: [...d.direct, { activity: 'individual', hours: '' }] })}
        >
          Add direct activity
        </button>
        <TextField
          label="Indirect hours"
          hint="Notes, consultation, training."
          type="number"
          step="0.25"
          min={0}
          value={d.indirect}
          onChange={set('indirect')}
          error={err('indirect')}
        />
      </fieldset>
      {errors.general ? (
        <div className="alert error" role="alert">
          {errors.general}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {props.editing ? 'Save changes' : 'Save session'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <span className="muted">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
