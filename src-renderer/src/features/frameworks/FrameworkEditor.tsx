// Build a framework in the app, or edit one of your own: its name, scale (whole or half levels), the
// target level, labels for levels, and its competencies. Editing one that ratings use makes its next
// version; the ratings keep theirs.
import { useFieldArray, useForm } from 'react-hook-form';
import {
  frameworkDefinition,
  type Framework,
  type FrameworkDefinition,
} from '../../../../src-main/contract/frameworks';
import type { AppErrorShape } from '../../../../src-main/contract/errors';
import { contractResolver, defaultKey, formMessage, showRefusal, type KeyFor } from '../../api/forms';
import { ErrorAlert } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormFrame } from '../../components/FormFrame';

type Values = {
  name: string;
  scaleMin: string;
  scaleMax: string;
  halfLevels: boolean;
  targetLevel: string;
  // "1 Beginning", one level per line.
  levelLabels: string;
  competencies: { code: string; name: string; group: string }[];
};

const labelsFrom = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(\d+(?:\.\d+)?)\s*[=:·-]?\s*(.*)$/.exec(l);
      return m ? { level: Number(m[1]), label: m[2]! } : { level: Number.NaN, label: l };
    });
const toInput = (v: Values) => ({
  ...v,
  scaleMin: Number(v.scaleMin),
  scaleMax: Number(v.scaleMax),
  targetLevel: v.targetLevel === '' ? null : Number(v.targetLevel),
  levelLabels: labelsFrom(v.levelLabels),
});
const keyFor: KeyFor = (path) => (path[0] === 'levelLabels' ? 'levelLabels' : defaultKey(path));

const valuesOf = (f: Framework | null): Values => ({
  name: f ? (f.builtIn ? `${f.name} (own copy)` : f.name) : '',
  scaleMin: String(f?.scaleMin ?? 1),
  scaleMax: String(f?.scaleMax ?? 5),
  halfLevels: f?.halfLevels ?? false,
  targetLevel: f?.targetLevel === null || f?.targetLevel === undefined ? '' : String(f.targetLevel),
  levelLabels: (f?.levelLabels ?? []).map((l) => `${l.level} ${l.label}`).join('\n'),
  competencies: f?.competencies.map((c) => ({ ...c })) ?? [{ code: '', name: '', group: '' }],
});

export function FrameworkEditor(props: {
  // Null: a new framework; a built-in one: a copy of it; your own: its next version.
  from: Framework | null;
  onSubmit: (def: FrameworkDefinition) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const editing = props.from && !props.from.builtIn;
  const form = useForm<Values>({
    defaultValues: valuesOf(props.from),
    resolver: contractResolver<Values>(frameworkDefinition, toInput, keyFor),
  });
  const { register, handleSubmit, formState, control } = form;
  const rows = useFieldArray({ control, name: 'competencies' });
  const errors = formState.errors;
  const submit = handleSubmit(async (v) => {
    const refused = await props.onSubmit(frameworkDefinition.parse(toInput(v)));
    if (refused) showRefusal(form, refused, keyFor);
  });
  const title = editing
    ? `Edit ${props.from!.name}`
    : props.from
      ? `Your own copy of ${props.from.name}`
      : 'A new framework';
  return (
    <FormFrame className="card" label={title} onSubmit={(e) => void submit(e)} onCancel={props.onCancel}>
      <h2>{title}</h2>
      {editing ? (
        <p className="muted">
          If reviews already use this framework, saving makes version {props.from!.version + 1}; those reviews keep
          version {props.from!.version}.
        </p>
      ) : null}
      <TextField label="Name" autoFocus autoComplete="off" {...register('name')} error={errors.name?.message} />
      <div className="grid-3">
        <TextField
          label="Lowest level"
          type="number"
          step="1"
          {...register('scaleMin')}
          error={errors.scaleMin?.message}
        />
        <TextField
          label="Highest level"
          type="number"
          step="1"
          {...register('scaleMax')}
          error={errors.scaleMax?.message}
        />
        <TextField
          label="Target level"
          hint="Where a supervisee is expected to be by the end; leave empty for none."
          type="number"
          step="0.5"
          {...register('targetLevel')}
          error={errors.targetLevel?.message}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" {...register('halfLevels')} /> Half levels allowed (2.5 between 2 and 3)
      </label>
      <TextAreaField
        label="Level labels"
        hint="One per line, the level then its label: 1 Beginning."
        rows={4}
        {...register('levelLabels')}
        error={errors.levelLabels?.message}
      />
      <fieldset className="plain">
        <legend>Competencies</legend>
        {rows.fields.map((row, i) => (
          <div key={row.id} className="grid-competency" role="group" aria-label={`Competency ${i + 1}`}>
            <TextField
              label="Code"
              autoComplete="off"
              {...register(`competencies.${i}.code`)}
              error={errors.competencies?.[i]?.code?.message}
            />
            <TextField
              label="Name"
              autoComplete="off"
              {...register(`competencies.${i}.name`)}
              error={errors.competencies?.[i]?.name?.message}
            />
            <TextField
              label="Group"
              autoComplete="off"
              {...register(`competencies.${i}.group`)}
              error={errors.competencies?.[i]?.group?.message}
            />
            <button
              type="button"
              className="link"
              onClick={() => rows.remove(i)}
              aria-label={`Remove competency ${i + 1}`}
            >
              Remove
            </button>
          </div>
        ))}
        <div className="actions">
          <button type="button" onClick={() => rows.append({ code: '', name: '', group: '' })}>
            Add a competency
          </button>
        </div>
      </fieldset>
      <ErrorAlert message={formMessage(errors)} />
      <FormActions
        submit={editing ? 'Save the framework' : 'Make the framework'}
        busy={formState.isSubmitting}
        onCancel={props.onCancel}
      />
    </FormFrame>
  );
}
