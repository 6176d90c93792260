// Make or edit one of the supervisor's own prompt sets: a name, the model it follows (optional) and
// its prompts, one per row, added, reworded, moved or removed. A reworded prompt keeps its place in
// the answers' history; saving an edit makes a new version. Checked with the contract's schema.
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ownSetInput, type OwnSetInput, type PromptSet } from '../../../../src-main/contract/reflections';
import type { AppErrorShape } from '../../../../src-main/contract/errors';
import { formMessage, showRefusal } from '../../api/forms';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FormFrame } from '../../components/FormFrame';

type Values = z.input<typeof ownSetInput>;

export function SetEditor(props: {
  editing?: PromptSet;
  onSubmit: (input: OwnSetInput) => Promise<AppErrorShape | null>;
  onCancel: () => void;
}) {
  const form = useForm<Values, unknown, OwnSetInput>({
    defaultValues: props.editing
      ? {
          name: props.editing.name,
          model: props.editing.model === 'Own questions' ? '' : props.editing.model,
          prompts: props.editing.prompts.map((p) => ({
            id: p.id,
            text: p.text,
          })),
        }
      : { name: '', model: '', prompts: [{ text: '' }] },
    resolver: zodResolver(ownSetInput),
  });
  const { register, control, handleSubmit, formState } = form;
  const prompts = useFieldArray({ control, name: 'prompts' });
  const errors = formState.errors;
  const title = props.editing ? `Edit “${props.editing.name}”` : 'A new prompt set';
  const submit = handleSubmit(async (input) => {
    const failure = await props.onSubmit(input);
    if (failure) showRefusal(form, failure);
  });

  return (
    <FormFrame className="card" label={title} onSubmit={(e) => void submit(e)} onCancel={props.onCancel}>
      <h2>{title}</h2>
      {props.editing ? (
        <p className="muted">
          Saving makes version {Number(props.editing.version) + 1}. Answers already given keep the wording they were
          asked with.
        </p>
      ) : null}
      <div className="grid-2">
        <TextField label="Name" autoFocus autoComplete="off" {...register('name')} error={errors.name?.message} />
        <TextField
          label="Model it follows"
          hint="Optional, like “Solution-focused”."
          autoComplete="off"
          {...register('model')}
          error={errors.model?.message}
        />
      </div>
      <fieldset className="choose">
        <legend>Prompts</legend>
        {prompts.fields.map((f, i) => (
          <div key={f.id} className="prompt-row">
            <TextField
              label={`Prompt ${i + 1}`}
              autoComplete="off"
              {...register(`prompts.${i}.text`)}
              error={errors.prompts?.[i]?.text?.message ?? errors.prompts?.[i]?.id?.message}
            />
            <div className="actions" style={{ marginTop: 0 }}>
              <button
                type="button"
                aria-label={`Move prompt ${i + 1} up`}
                disabled={i === 0}
                onClick={() => prompts.move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Remove prompt ${i + 1}`}
                disabled={prompts.fields.length === 1}
                onClick={() => prompts.remove(i)}
              >
                Remove
              </button>
            </div>
          </div>
        ))}
        <ErrorAlert message={errors.prompts?.message ?? errors.prompts?.root?.message} />
        <button type="button" disabled={prompts.fields.length >= 20} onClick={() => prompts.append({ text: '' })}>
          Add a prompt
        </button>
      </fieldset>
      <ErrorAlert message={formMessage(errors)} />
      <FormActions
        submit={props.editing ? 'Save a new version' : 'Make the set'}
        busy={formState.isSubmitting}
        onCancel={props.onCancel}
      />
    </FormFrame>
  );
}
