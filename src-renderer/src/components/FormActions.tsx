// A form's buttons: the submit (disabled while it runs) and Cancel, with an optional note beside.
import type { ReactNode } from 'react';

export function FormActions(props: {
  submit: string;
  busy?: boolean;
  kind?: 'primary' | 'danger' | '';
  onCancel?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="actions">
      <button type="submit" className={props.kind ?? 'primary'} disabled={props.busy}>
        {props.submit}
      </button>
      {props.onCancel ? (
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      ) : null}
      {props.children}
    </div>
  );
}
