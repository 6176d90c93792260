// Client-contact hours reported for a whole week (Monday to Sunday) rather than with a session.
import { useRef, useState, type FormEvent } from 'react';
import { DIRECT_ACTIVITIES, DIRECT_ACTIVITY_LABELS, type DirectActivity } from '../../../../src-main/contract/enums';
import { api } from '../../api/client';
import { formErrors, NO_ERRORS, oneFieldError, type FormErrors } from '../../api/form-errors';
import { SelectField, TextField } from '../../components/Field';
import { useFocusFirstInvalid } from '../../components/focus-first-invalid';
import { todayLocal } from '../sessions/QuickLogForm';

const KNOWN = ['weekStart', 'direct', 'indirect'];

export function WeekHoursForm(props: { superviseeId: string; onSaved: () => void; onCancel: () => void }) {
  const [week, setWeek] = useState(todayLocal());
  const [activity, setActivity] = useState<DirectActivity>('individual');
  const [direct, setDirect] = useState('');
  const [indirect, setIndirect] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Entry k of the request came from the field keys[k]: its problems show there.
    const rows = [
      { key: 'direct', value: direct, entry: { kind: 'direct' as const, activity, hours: Number(direct) } },
      {
        key: 'indirect',
        value: indirect,
        entry: { kind: 'indirect' as const, activity: null, hours: Number(indirect) },
      },
    ].filter((row) => row.value.trim() !== '');
    const entries = rows.map((row) => row.entry);
    const keys = rows.map((row) => row.key);
    if (!entries.length) return setErrors(oneFieldError('direct', 'Enter direct or indirect hours.'));
    const r = await api.hours.logWeek({ superviseeId: props.superviseeId, weekStart: week, entries });
    if (!r.ok) {
      return setErrors(
        formErrors(r.error, KNOWN, (path) =>
          path[0] === 'entries' && typeof path[1] === 'number' ? (keys[path[1]] ?? null) : path.join('.'),
        ),
      );
    }
    props.onSaved();
  }

  return (
    <form
      ref={formRef}
      className="card"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      aria-label="Log hours for a week"
      noValidate
    >
      <h2>Log hours for a week</h2>
      <div className="grid-3">
        <TextField
          label="Any day of the week"
          type="date"
          autoFocus
          value={week}
          onChange={(e) => setWeek(e.target.value)}
          error={errors.field('weekStart')}
          hint="Counted for Monday to Sunday of that week."
        />
        <SelectField
          label="Direct activity"
          value={activity}
          onChange={(e) => setActivity(e.target.value as DirectActivity)}
        >
          {DIRECT_ACTIVITIES.map((a) => (
            <option key={a} value={a}>
              {DIRECT_ACTIVITY_LABELS[a]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Direct hours that week"
          type="number"
          step="0.25"
          min={0}
          value={direct}
          onChange={(e) => setDirect(e.target.value)}
          error={errors.field('direct')}
        />
        <TextField
          label="Indirect hours that week"
          type="number"
          step="0.25"
          min={0}
          value={indirect}
          onChange={(e) => setIndirect(e.target.value)}
          error={errors.field('indirect')}
        />
      </div>
      {errors.general ? (
        <div className="alert error" role="alert">
          {errors.general}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          Save hours
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
