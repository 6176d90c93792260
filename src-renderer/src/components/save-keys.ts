// Ctrl+Enter (Cmd+Enter on a Mac) saves whichever form the focus is in, as it does in mail and chat
// apps: every form of the app takes it, so a supervisor never has to reach for the mouse to save.
import type { KeyboardEvent } from 'react';

export function saveOnCtrlEnter(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}
