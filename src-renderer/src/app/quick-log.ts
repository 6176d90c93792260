// Opening the quick-log form from a button (a supervisee's page), as Ctrl/Cmd+Shift+L does from the
// keyboard: AppFrame listens for this event and handles both the same way.
export const QUICK_LOG_EVENT = 'alliance:quick-log';

export function requestQuickLog(superviseeId: string): void {
  window.dispatchEvent(new CustomEvent<string>(QUICK_LOG_EVENT, { detail: superviseeId }));
}
