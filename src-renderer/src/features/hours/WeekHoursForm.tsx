// Client-contact hours reported for a whole week (Monday to Sunday) rather than with a session.
import { useForm } from 'react-hook-form';
import { addDays, localToday, weekStart } from '../../../../src-main/contract/dates';
import { DIRECT_ACTIVITIES, DIRECT_ACTIVITY_LABELS, type DirectActivity } from '../../../../src-main/contract/enums';
import type { IssuePath } from '../../../../src-main/contract/errors';
import { weekHoursInput, type WeekHours } from '../../../../src-main/contract/hours';
import { hoursText } from '../../../../src-main/contract/numbers';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { refusalOf, useWrite } from '../../api/queries';
import { HOURS_BOX, Options, SelectField, TextField } from '../../components/Field';
import { totalsChanged } from '../sessions/hooks';
import { ErrorAlert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';

interface Draft {
  weekStart: string;
  activity: DirectActivity;
  direct: string;
  indirect: string;
}

// Only boxes with a number become entries; `rows[k]` is the box entry k came from.
function toRequest(superviseeId: string, d: Draft): { input: WeekHours; rows: ('direct' | 'indirect')[] } {
  const rows = (['direct', 'indirect'] as const).filter((k) => d[k].trim() !== '');
  const entries = rows.map((k) =>
    k === 'direct'
      ? { kind: 'direct' as const, activity: d.activity, hours: Number(d.direct) }
      : { kind: 'indirect' as const, activity: null, hours: Number(d.indirect) },
  );
  return { input: { superviseeId, weekStart: d.weekStart, entries }, rows };
}

// An entry's problem goes to its box; "no entries at all" goes to the first box.
const keyFor =
  (rows: string[]) =>
  (path: IssuePath): string | null => {
    if (path[0] !== 'entries') return path.join('.');
    return typeof path[1] === 'number' ? (rows[path[1]] ?? null) : 'direct';
  };

// What was saved, in words, for the notice after saving: "7.5 direct (Family therapy) and 2
// indirect hours logged for the week of 2026-11-02".
function savedText(input: WeekHours): string {
  const parts = input.entries.map((e) =>
    e.kind === 'direct'
      ? `${hoursText(e.hours)} direct (${DIRECT_ACTIVITY_LABELS[e.activity!]})`
      : `${hoursText(e.hours)} indirect`,
  );
  return `${parts.join(' and ')} hours logged for the week of ${weekStart(input.weekStart)}.`;
}

export function WeekHoursForm(props: { superviseeId: string; onSaved: (what: string) => void; onCancel: () => void }) {
  const request = (d: Draft) => toRequest(props.superviseeId, d);
  const form = useForm<Draft>({
    defaultValues: { weekStart: localToday(), activity: 'individual', direct: '', indirect: '' },
    resolver: (values, ctx, opts) =>
      contractResolver<Draft>(weekHoursInput, (v) => request(v).input, keyFor(request(values).rows))(values, ctx, opts),
  });
  const { register, formState } = form;
  const log = useWrite('hours.logWeek', (_added, input) => {
    const monday = weekStart(input.weekStart);
    totalsChanged(
      input.superviseeId,
      [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(monday, n)),
    );
  });
  const message = formMessage(formState.errors);

  const submit = form.handleSubmit(async (d) => {
    const { input, rows } = request(d);
    const refused = await refusalOf(log.mutateAsync(input));
    if (refused) showRefusal(form, refused, keyFor(rows));
    else {
      props.onSaved(savedText(input));
    }
  });

  return (
    <form
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
          {...register('weekStart')}
          error={formState.errors.weekStart?.message}
          hint="Counted for Monday to Sunday of that week."
        />
        <SelectField label="Direct activity" {...register('activity')}>
          <Options values={DIRECT_ACTIVITIES} labels={DIRECT_ACTIVITY_LABELS} />
        </SelectField>
        <TextField
          label="Direct hours that week"
          {...HOURS_BOX}
          {...register('direct')}
          error={formState.errors.direct?.message}
        />
        <TextField
          label="Indirect hours that week"
          {...HOURS_BOX}
          {...register('indirect')}
          error={formState.errors.indirect?.message}
        />
      </div>
      <ErrorAlert message={message} />
      <FormActions submit="Save hours" busy={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
