// Calendar helpers on ISO dates (YYYY-MM-DD). Weeks start on Monday, as hour logs do.

// A calendar day as the system's locale writes it, the same short numeric pattern date inputs use
// (11/02/2026 in the US, 02/11/2026 in the UK, 02.11.2026 in Germany): the one format of the screens
// and the PDFs alike. The vault, the JSON format and CSV data columns keep ISO 8601, which sorts.
const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
// Formatting is slow next to a lookup and screens show the same days over and over (a table of
// sessions names each day three times), so each day's text is kept once made.
const DAY_TEXTS = new Map<string, string>();
export function dayText(iso: string | null | undefined): string {
  if (!iso) return '';
  const known = DAY_TEXTS.get(iso);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  // A lifetime of days is a few thousand entries; the cap only guards against a caller passing
  // something else day-shaped without end.
  if (DAY_TEXTS.size >= 20_000) DAY_TEXTS.clear();
  const t = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  // A day the calendar lacks (2026-02-30, quoted back from a file) is shown as written, not rolled on.
  if (t.getUTCMonth() !== +m[2]! - 1 || t.getUTCDate() !== +m[3]!) return iso;
  const text = DAY.format(t);
  DAY_TEXTS.set(iso, text);
  return text;
}
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function utc(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}

export function addDays(d: string, days: number): string {
  const t = utc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

// The same day n months later; a day the month lacks (31 August + 1 month) becomes its last day.
export function addMonths(d: string, months: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, last))).toISOString().slice(0, 10);
}

export function weekStart(d: string): string {
  return addDays(d, -((utc(d).getUTCDay() + 6) % 7));
}

export function rangeFor(
  period: { range: 'week' | 'month' | 'year' | 'all' | 'custom'; from?: string; to?: string },
  today: string,
): { from: string | null; to: string | null } {
  switch (period.range) {
    case 'week': {
      const from = weekStart(today);
      return { from, to: addDays(from, 6) };
    }
    case 'month': {
      const from = `${today.slice(0, 7)}-01`;
      const next = utc(from);
      next.setUTCMonth(next.getUTCMonth() + 1);
      return { from, to: addDays(next.toISOString().slice(0, 10), -1) };
    }
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
    case 'custom':
      return { from: period.from ?? null, to: period.to ?? null };
    case 'all':
      return { from: null, to: null };
  }
}

// The whole calendar month before the one `today` falls in: the usual period to sign.
export function previousMonth(today: string): { from: string; to: string } {
  const to = addDays(`${today.slice(0, 7)}-01`, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}
