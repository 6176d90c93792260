// The one way dates are shown on screen: the system locale's numeric short date, the same pattern
// the date inputs use (11/02/2026 in the US, 02/11/2026 in the UK, 02.11.2026 in Germany). Made once
// here; the vault, the exports and the contract keep ISO 8601 (2026-11-02), which sorts and parses.
import { dayText, localToday } from '../../../src-main/contract/dates';

const MOMENT = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

// A calendar day (YYYY-MM-DD) as the locale writes it; anything else is shown as it came. The PDFs
// main writes use the same function.
export const dateText = dayText;

// A moment (an ISO timestamp) in local time, date first in the same format.
export function momentText(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : MOMENT.format(t);
}

// Messages from main name days in ISO; on screen they read like every other date.
export function datesInText(text: string): string {
  return text.replace(ISO_DAY, (d) => dateText(d));
}

// A calendar month (YYYY-MM) in words: "November 2026".
export function monthText(ym: string): string {
  return MONTH.format(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7) - 1, 1));
}

// An action item's due day in words: overdue once the day (local calendar) has passed and it is not done.
export function dueWords(due: string, done: boolean, today = localToday()): { text: string; overdue: boolean } {
  const overdue = !done && due < today;
  return { text: `${overdue ? 'overdue since' : 'due'} ${dateText(due)}`, overdue };
}

// A month (YYYY-MM) short, for a chart's axis: "Nov 2026".
export function shortMonthText(ym: string): string {
  return SHORT_MONTH.format(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7) - 1, 1));
}
