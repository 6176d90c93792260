// The frame every form shares: named for screen readers, checked by the app rather than the browser
// (noValidate: the contract's messages, placed at their fields), saved by Ctrl/Cmd+Enter and closed
// by Escape.
import type { FormEvent, ReactNode } from 'react';
import { saveOnCtrlEnter } from './save-keys';

export function FormFrame(props: {
  label: string;
  className?: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel?: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className={props.className ?? 'subform'}
      aria-label={props.label}
      noValidate
      onSubmit={props.onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel?.();
        else saveOnCtrlEnter(e);
      }}
    >
      {props.children}
    </form>
  );
}
