// Keyboard-first session logging: today's date, the format, length, modality, observation, time
// and site prefilled with the supervisee's usual values (usual-values.ts) and marked as such until
// changed; "Repeat last session" copies the last session whole (but the date), on request only. Ctrl/Cmd+Enter saves,
// Escape cancels. The contract's session schema checks the form before it is sent; on any error the
// message sits next to its field (the second hours row's on the second row) and nothing is lost.
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { dateText } from '../../app/format';
import { useState, type KeyboardEvent } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import {
  ATTENDANCE,
  ATTENDANCE_LABELS,
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
import type { OpenAction } from '../../../../src-main/contract/notes';
import type { PreparedPrompt } from '../../../../src-main/contract/reflections';
import { sessionPatch, type Session, type SessionInput } from '../../../../src-main/contract/sessions';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { HOURS_BOX, Options, SelectField, TextField } from '../../components/Field';
import { ErrorAlert } from '../../components/Alert';
import type { UsualField, UsualValues } from './usual-values';
import { FormActions } from '../../components/FormActions';
import { DueText } from '../../components/DueText';

// Said under the attendance: what a session that was not fully held counts.
const NOT_COUNTED = 'Counts no hours and does not keep the agreed frequency.';
const ATTENDANCE_HINTS: Record<Session['attendance'], string | undefined> = {
  held: undefined,
  partial: 'Only the minutes held count.',
  cancelled_notice: NOT_COUNTED,
  cancelled_late: NOT_COUNTED,
  no_show: NOT_COUNTED,
};

// What the form holds: text as typed. Direct hours are rows; indirect hours one number.
interface Draft {
  date: string;
  startTime: string;
  durationMinutes: string;
  format: Session['format'];
  groupSize: string;
  modality: Session['modality'];
  observation: Session['observation'];
  attendance: Session['attendance'];
  site: string;
  casesDiscussed: string;
  topics: string;
  summary: string;
  followUps: string;
  direct: { activity: DirectActivity; hours: string }[];
  indirect: string;
}
export type SessionFields = Omit<SessionInput, 'superviseeId'>;

function fromUsual(u: UsualValues | null, date: string): Draft {
  return {
    ...fromSession(null, false, date),
    ...(u
      ? {
          startTime: u.startTime ?? '',
          durationMinutes: String(u.durationMinutes),
          format: u.format,
          groupSize: u.groupSize ? String(u.groupSize) : '',
          modality: u.modality,
          observation: u.observation,
          site: u.site,
        }
      : {}),
  };
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
    // A new session (or a repeat of the last) is held unless said otherwise; an edit keeps its own.
    attendance: whole ? (s?.attendance ?? 'held') : 'held',
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

// Said beside the date when it falls outside the supervisee's supervision, or null.
function outsideSupervision(date: string, s: { start: string; end: string | null } | undefined): string | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (date < s.start) return `This is before their supervision started (${dateText(s.start)}).`;
  if (s.end && date > s.end) return `This is after their supervision ended (${dateText(s.end)}).`;
  return null;
}

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

// The request's hours hold only rows with a number, direct rows first; `rows` remembers which form
// field each entry came from, so a problem with entry k lands on that field.
function toRequest(d: Draft): { input: SessionFields; rows: string[] } {
  const hours: NonNullable<SessionFields['hours']> = [];
  const rows: string[] = [];
  d.direct.forEach((r, i) => {
    if (r.hours.trim() === '') return;
    hours.push({ kind: 'direct', activity: r.activity, hours: num(r.hours) });
    rows.push(`direct.${i}.hours`);
  });
  if (d.indirect.trim() !== '') {
    hours.push({ kind: 'indirect', activity: null, hours: num(d.indirect) });
    rows.push('indirect');
  }
  const input: SessionFields = {
    date: d.date,
    startTime: d.startTime || null,
    durationMinutes: num(d.durationMinutes),
    format: d.format,
    groupSize: d.format === 'group' ? num(d.groupSize) : null,
    modality: d.modality,
    observation: d.observation,
    attendance: d.attendance,
    site: d.site,
    casesDiscussed: d.casesDiscussed,
    topics: d.topics,
    summary: d.summary,
    followUps: d.followUps,
    hours,
  };
  return { input, rows };
}

function keyFor(d: Draft) {
  const { rows } = toRequest(d);
  return (raw: IssuePath): string | null => {
    const path = raw[0] === 'patch' ? raw.slice(1) : raw;
    if (path[0] === 'hours' && typeof path[1] === 'number') return rows[path[1]] ?? null;
    // Hours on a session that did not take place: said where its attendance is chosen.
    if (path[0] === 'hours' && path.length === 1) return 'attendance';
    return path.join('.');
  };
}

// The session fields without the supervisee: what a new session and an edit both send.
const resolver = (d: Draft) => contractResolver<Draft>(sessionPatch, (v) => toRequest(v).input, keyFor(d));

export function QuickLogForm(props: {
  title: string;
  // Whose session this is, shown under the title.
  subtitle?: string;
  // Their supervision dates: a session outside them needs a second look and a confirmation.
  supervision?: { start: string; end: string | null };
  last: Session | null;
  // The supervisee's usual values, for a new session.
  usual: UsualValues | null;
  editing?: Session;
  // Action items still open from their case notes, to go over in this session.
  followUps?: readonly OpenAction[];
  // Reflective prompts prepared for this meeting; logging the session takes them up.
  prepared?: readonly PreparedPrompt[];
  onSubmit: (input: SessionFields) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const form = useForm<Draft>({
    defaultValues: props.editing
      ? fromSession(props.editing, true, props.editing.date)
      : fromUsual(props.usual, localToday()),
    resolver: (values, ctx, opts) => resolver(values)(values, ctx, opts),
  });
  const { register, handleSubmit, formState, control, reset, getValues } = form;
  const format = useWatch({ control, name: 'format' });
  const attendance = useWatch({ control, name: 'attendance' });
  const direct = useFieldArray({ control, name: 'direct' });
  const errors = formState.errors;

  // Where the prefilled values came from; a field stops being marked once the user changes it.
  const [filledFrom, setFilledFrom] = useState<'usual' | 'last' | null>(!props.editing && props.usual ? 'usual' : null);
  const mark = (name: UsualField | 'groupSize', hint?: string) => {
    if (!filledFrom || formState.dirtyFields[name]) return { hint };
    const said = filledFrom === 'usual' ? 'Their usual' : 'As last session';
    return { className: 'prefilled', hint: hint ? `${said} · ${hint}` : said };
  };
  const [outsideOk, setOutsideOk] = useState(false);
  const date = useWatch({ control, name: 'date' });
  const outside = outsideSupervision(date, props.supervision);

  const submit = handleSubmit(async (d) => {
    if (outsideSupervision(d.date, props.supervision) && !outsideOk) {
      form.setError(
        'date',
        { type: 'confirm', message: 'Check the date, or tick “Log it anyway” below it.' },
        { shouldFocus: true },
      );
      return;
    }
    const failure = await props.onSubmit(toRequest(d).input);
    if (failure) showRefusal(form, failure, keyFor(d));
  });

  function keys(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    }
  }

  const message = formMessage(errors);
  return (
    <form className="card" onSubmit={(e) => void submit(e)} onKeyDown={keys} aria-label={props.title} noValidate>
      <div className="page-head" style={{ marginBottom: '0.5rem' }}>
        <div>
          <h2 style={{ margin: 0 }}>{props.title}</h2>
          {props.subtitle ? (
            <p className="muted" style={{ margin: 0 }}>
              {props.subtitle}
            </p>
          ) : null}
        </div>
        {!props.editing && props.last ? (
          <button
            type="button"
            onClick={() => {
              reset(fromSession(props.last, true, getValues('date')));
              setFilledFrom('last');
            }}
          >
            Repeat last session
          </button>
        ) : null}
      </div>
      {!props.editing && props.followUps?.length ? (
        <div className="alert info" role="note" aria-label="Open follow-ups from case notes">
          <strong>Open follow-ups from case notes</strong>
          <ul style={{ margin: '0.25rem 0 0' }}>
            {props.followUps.map((a) => (
              <li key={a.id}>
                {a.caseCode}: {a.text}
                {a.due ? ' (' : ''}
                <DueText due={a.due} />
                {a.due ? ')' : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!props.editing && props.prepared?.length ? (
        <div className="alert info" role="note" aria-label="Prompts prepared for this meeting">
          <strong>Prompts prepared for this meeting</strong>
          <ul style={{ margin: '0.25rem 0 0' }}>
            {props.prepared.map((p) => (
              <li key={p.id}>{p.promptText}</li>
            ))}
          </ul>
          <div className="muted">Saving this session links them to it; answer them in Reflect.</div>
        </div>
      ) : null}
      <div className="grid-3">
        <div>
          <TextField
            label="Date"
            type="date"
            autoFocus
            {...register('date')}
            error={errors.date?.message}
            hint={outside ?? undefined}
          />
          {outside ? (
            <label className="checkbox">
              <input type="checkbox" checked={outsideOk} onChange={(e) => setOutsideOk(e.target.checked)} />
              Log it anyway
            </label>
          ) : null}
        </div>
        <TextField
          label="Start time"
          type="time"
          {...register('startTime')}
          error={errors.startTime?.message}
          {...mark('startTime')}
        />
        <SelectField
          label="Attendance"
          {...register('attendance')}
          error={errors.attendance?.message}
          hint={ATTENDANCE_HINTS[attendance]}
        >
          <Options values={ATTENDANCE} labels={ATTENDANCE_LABELS} />
        </SelectField>
        <TextField
          label={attendance === 'partial' ? 'Minutes held' : 'Duration (minutes)'}
          type="number"
          min={1}
          max={720}
          {...register('durationMinutes')}
          error={errors.durationMinutes?.message}
          {...mark('durationMinutes')}
        />
        <SelectField label="Format" {...register('format')} error={errors.format?.message} {...mark('format')}>
          <Options values={SESSION_FORMATS} labels={FORMAT_LABELS} />
        </SelectField>
        {format === 'group' ? (
          <TextField
            label="People in the group"
            type="number"
            min={3}
            {...register('groupSize')}
            error={errors.groupSize?.message}
            {...mark('groupSize', 'Supervisees present, 3 or more.')}
          />
        ) : (
          <div />
        )}
        <SelectField label="Modality" {...register('modality')} {...mark('modality')}>
          <Options values={SESSION_MODALITIES} labels={MODALITY_LABELS} />
        </SelectField>
        <SelectField label="Observation" {...register('observation')} {...mark('observation')}>
          <Options values={OBSERVATIONS} labels={OBSERVATION_LABELS} />
        </SelectField>
        <TextField label="Site" {...register('site')} error={errors.site?.message} {...mark('site')} />
        <TextField
          label="Cases discussed"
          hint="Case codes only, never names."
          {...register('casesDiscussed')}
          error={errors.casesDiscussed?.message}
        />
      </div>
      <TextField label="Topics" {...register('topics')} error={errors.topics?.message} />
      <div className="grid-2">
        <TextField label="Summary" {...register('summary')} error={errors.summary?.message} />
        <TextField label="Follow-ups" {...register('followUps')} error={errors.followUps?.message} />
      </div>
      <fieldset className="hours">
        <legend>Client-contact hours since the last log</legend>
        {direct.fields.map((row, i) => (
          <div className="grid-3" key={row.id}>
            <SelectField label={`Direct activity ${i + 1}`} {...register(`direct.${i}.activity`)}>
              <Options values={DIRECT_ACTIVITIES} labels={DIRECT_ACTIVITY_LABELS} />
            </SelectField>
            <TextField
              label={`Direct hours ${i + 1}`}
              {...HOURS_BOX}
              {...register(`direct.${i}.hours`)}
              error={errors.direct?.[i]?.hours?.message}
            />
            <div className="actions" style={{ alignSelf: 'end' }}>
              <button type="button" onClick={() => direct.remove(i)} aria-label={`Remove direct activity ${i + 1}`}>
                Remove
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => direct.append({ activity: 'individual', hours: '' })}>
          Add direct activity
        </button>
        <TextField
          label="Indirect hours"
          hint="Notes, consultation, training."
          {...HOURS_BOX}
          {...register('indirect')}
          error={errors.indirect?.message}
        />
      </fieldset>
      <ErrorAlert message={message} />
      <FormActions
        submit={props.editing ? 'Save changes' : 'Save session'}
        busy={formState.isSubmitting}
        onCancel={props.onCancel}
      >
        <span className="muted">Ctrl+Enter saves · Esc cancels</span>
      </FormActions>
    </form>
  );
}
