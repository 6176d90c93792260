// Client-contact hours reported for a whole week (Monday to Sunday) rather than with a session: a
// box per direct activity and one for indirect hours. Logging adds to the week; editing a week's
// entry replaces its hours with what the boxes hold.
import { useForm, useWatch } from 'react-hook-form';
import { addDays, localToday, weekStart } from '../../../../src-main/contract/dates';
import { DIRECT_ACTIVITIES, DIRECT_ACTIVITY_LABELS, type DirectActivity } from '../../../../src-main/contract/enums';
import type { IssuePath } from '../../../../src-main/contract/errors';
import { weekHoursInput, type WeekEntry, type WeekHours } from '../../../../src-main/contract/hours';
import { hoursText } from '../../../../src-main/contract/numbers';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { refusalOf } from '../../api/queries';
import { HOURS_BOX, TextField } from '../../components/Field';
import { ErrorAlert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';
import { dateText } from '../../app/format';
import { useLogWeek, useSetWeek } from './hooks';
import { saveOnCtrlEnter } from '../../components/save-keys';

type Box = DirectActivity | 'indirect';
const BOXES: readonly Box[] = [...DIRECT_ACTIVITIES, 'indirect'];
type Draft = { weekStart: string } & Record<Box, string>;

// Only boxes with a number become entries; `rows[k]` is the box entry k came from.
function toRequest(superviseeId: string, d: Draft): { input: WeekHours; rows: Box[] } {
  const rows = BOXES.filter((k) => d[k].trim() !== '');
  const entries = rows.map((k) =>
    k === 'indirect'
      ? { kind: 'indirect' as const, activity: null, hours: Number(d[k]) }
      : { kind: 'direct' as const, activity: k, hours: Number(d[k]) },
  );
  return { input: { superviseeId, weekStart: d.weekStart, entries }, rows };
}

// An entry's problem goes to its box; "no entries at all" goes to the first box.
const keyFor =
  (rows: string[]) =>
  (path: IssuePath): string | null => {
    if (path[0] !== 'entries') return path.join('.');
    return typeof path[1] === 'number' ? (rows[path[1]] ?? null) : 'individual';
  };

function defaults(editing: WeekEntry | undefined): Draft {
  const d = Object.fromEntries(BOXES.map((b) => [b, ''])) as Draft;
  d.weekStart = editing?.weekStart ?? localToday();
  for (const e of editing?.entries ?? []) d[e.kind === 'indirect' ? 'indirect' : e.activity!] = String(e.hours);
  return d;
}

// What was saved, in words: "7.5 direct (Family therapy) and 2 indirect hours logged for the week of …".
function savedText(input: WeekHours, edited: boolean): string {
  const parts = input.entries.map((e) =>
    e.kind === 'direct'
      ? `${hoursText(e.hours)} direct (${DIRECT_ACTIVITY_LABELS[e.activity!]})`
      : `${hoursText(e.hours)} indirect`,
  );
  const week = `the week of ${dateText(weekStart(input.weekStart))}`;
  return edited
    ? `Hours for ${week} are now ${parts.join(' and ')}.`
    : `${parts.join(' and ')} hours logged for ${week}.`;
}

export function WeekHoursForm(props: {
  superviseeId: string;
  editing?: WeekEntry;
  onSaved: (what: string) => void;
  onCancel: () => void;
}) {
  const request = (d: Draft) => toRequest(props.superviseeId, d);
  const form = useForm<Draft>({
    defaultValues: defaults(props.editing),
    resolver: (values, ctx, opts) =>
      contractResolver<Draft>(weekHoursInput, (v) => request(v).input, keyFor(request(values).rows))(values, ctx, opts),
  });
  const { register, formState, control } = form;
  const log = useLogWeek();
  const set = useSetWeek();
  const message = formMessage(formState.errors);
  // Editing starts on the first box that holds hours: the one most likely to need the fix.
  const firstFilled = props.editing
    ? (DIRECT_ACTIVITIES.find((a) => props.editing!.entries.some((e) => e.activity === a)) ?? null)
    : null;
  const day = useWatch({ control, name: 'weekStart' });
  const monday = /^\d{4}-\d{2}-\d{2}$/.test(day) ? weekStart(day) : null;
  const title = props.editing
    ? `Edit hours for the week of ${dateText(props.editing.weekStart)}`
    : 'Log hours for a week';

  const submit = form.handleSubmit(async (d) => {
    const { input, rows } = request(d);
    const refused = await refusalOf(
      props.editing ? set.mutateAsync({ ...input, weekStart: props.editing.weekStart }) : log.mutateAsync(input),
    );
    if (refused) showRefusal(form, refused, keyFor(rows));
    else props.onSaved(savedText(input, !!props.editing));
  });

  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => (e.key === 'Escape' ? props.onCancel() : saveOnCtrlEnter(e))}
      aria-label={title}
      noValidate
    >
      <h2>{title}</h2>
      {props.editing ? (
        <p className="muted">Saving replaces this week's hours with the numbers below.</p>
      ) : (
        <div className="grid-3">
          <TextField
            label="Any day of the week"
            type="date"
            autoFocus
            {...register('weekStart')}
            error={formState.errors.weekStart?.message}
            hint={
              monday
                ? `Counted for ${dateText(monday)} to ${dateText(addDays(monday, 6))}, on its Sunday.`
                : 'Counted for Monday to Sunday of that week.'
            }
          />
        </div>
      )}
      <fieldset>
        <legend>Direct hours that week, by activity</legend>
        <div className="grid-3">
          {DIRECT_ACTIVITIES.map((a) => (
            <TextField
              key={a}
              label={DIRECT_ACTIVITY_LABELS[a]}
              {...HOURS_BOX}
              autoFocus={a === firstFilled}
              {...register(a)}
              error={formState.errors[a]?.message}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid-3">
        <TextField
          label="Indirect hours that week"
          {...HOURS_BOX}
          {...register('indirect')}
          error={formState.errors.indirect?.message}
          hint="Notes, consultation, other work not with clients."
        />
      </div>
      <ErrorAlert message={message} />
      <FormActions submit="Save hours" busy={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
