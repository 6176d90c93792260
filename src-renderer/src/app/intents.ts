// A form that a button on another page asked a view to open (a supervisee's page: "Write a note",
// "Start a review"). The view reads it while it first renders for that supervisee and settles it once
// shown, so Back or a later visit opens the view as usual. In memory only.
import { navigate, type Route } from './routes';

export type Intent = 'new-note' | 'new-review';
let pending: { intent: Intent; superviseeId: string } | null = null;

export function openWith(intent: Intent, superviseeId: string, route: Route): void {
  pending = { intent, superviseeId };
  navigate(route);
}

export const wants = (intent: Intent, superviseeId: string | null): boolean =>
  !!superviseeId && pending?.intent === intent && pending.superviseeId === superviseeId;

export function settle(intent: Intent): void {
  if (pending?.intent === intent) pending = null;
}
