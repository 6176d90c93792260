// A labelled input with its hint and error tied to it for screen readers. `ref` passes through
// (React 19), so react-hook-form's register() works on these as on a bare input.
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

interface Common {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

// The hint and the error under a field, with the ids its aria-describedby names.
export function FieldNotes(props: { id: string; hint?: ReactNode; error?: string | null; liveHint?: boolean }) {
  return (
    <>
      {props.hint ? (
        <div id={`${props.id}-hint`} className="hint" aria-live={props.liveHint ? 'polite' : undefined}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <div id={`${props.id}-error`} className="field-error" role="alert">
          {props.error}
        </div>
      ) : null}
    </>
  );
}

export function TextField({ label, hint, error, ...input }: Common & ComponentPropsWithRef<'input'>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

// Free text of a few lines: case notes' discussion, guidance and reactions.
export function TextAreaField({ label, hint, error, ...area }: Common & ComponentPropsWithRef<'textarea'>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...area}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ label, hint, error, children, ...select }: Common & ComponentPropsWithRef<'select'>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

// A passphrase or key box: never autocompleted into view, never spell-checked.
export function PasswordField(props: Common & ComponentPropsWithRef<'input'> & { autoComplete: string }) {
  return <TextField type="password" spellCheck={false} {...props} />;
}

// The <option>s of a closed list, each shown by its label.
export function Options<V extends string>(props: { values: readonly V[]; labels: Record<V, string> }) {
  return props.values.map((v) => (
    <option key={v} value={v}>
      {props.labels[v]}
    </option>
  ));
}

// A box for hours, as boards count them: quarter hours, never negative.
export const HOURS_BOX = { type: 'number', step: '0.25', min: 0 } as const;
