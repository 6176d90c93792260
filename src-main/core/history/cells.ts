// Reading one spreadsheet cell as a day, a number or one of the app's choices, or saying plainly why
// it cannot be read.
import { addDays } from '../../contract/dates';
import type { DATE_FORMATS } from '../../contract/history';
import { text, type Cell } from './read-table';

type Read<T> = { value: T } | { problem: string };
type DateFormat = (typeof DATE_FORMATS)[number];

// Excel counts days from 30 December 1899 (its day 1 is 1 January 1900, and it keeps 1900 as a leap year).
const EXCEL_EPOCH = '1899-12-30';

function isoDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

export function readDay(cell: Cell, format: DateFormat): Read<string> {
  if (cell instanceof Date) return { value: cell.toISOString().slice(0, 10) };
  const s = text(cell);
  if (!s) return { problem: 'No date.' };
  if ((format === 'excel' || format === 'auto') && /^\d{5}(\.\d+)?$/.test(s)) {
    const day = addDays(EXCEL_EPOCH, Math.floor(Number(s)));
    return { value: day };
  }
  if (format === 'excel') return { problem: `“${s}” is not an Excel day number.` };
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (ymd && (format === 'ymd' || format === 'auto')) {
    const day = isoDay(+ymd[1]!, +ymd[2]!, +ymd[3]!);
    return day ? { value: day } : { problem: `“${s}” is not a day of the calendar.` };
  }
  const parts = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!parts) return { problem: `“${s}” is not a date in the format chosen.` };
  const [a, b, y] = [+parts[1]!, +parts[2]!, +parts[3]!];
  let order = format;
  if (format === 'auto') {
    // A dot is the German and Nordic habit: day first. Otherwise only a number over 12 decides.
    if (s.includes('.') || a > 12) order = 'dmy';
    else if (b > 12) order = 'mdy';
    else return { problem: `“${s}” could be either day or month first: choose the date format.` };
  }
  if (order === 'ymd') return { problem: `“${s}” does not start with the year.` };
  const day = order === 'mdy' ? isoDay(y, a, b) : isoDay(y, b, a);
  return day ? { value: day } : { problem: `“${s}” is not a day of the calendar.` };
}

// A number as spreadsheets write it: "1.5", "1,5" (a decimal comma) or a number cell; blank is null.
export function readNumber(cell: Cell): Read<number | null> {
  if (typeof cell === 'number') return { value: cell };
  const s = text(cell);
  if (!s) return { value: null };
  const normal = !s.includes('.') && /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { problem: `“${s}” is not a number.` };
  return { value: Number(normal) };
}

// One of the app's values, by its code (in_person) or its words (In person), in any case.
export function readChoice<T extends string>(cell: Cell, labels: Record<T, string>, what: string): Read<T | null> {
  const s = text(cell)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (!s) return { value: null };
  for (const [code, label] of Object.entries(labels) as [T, string][])
    if (s === code.replace(/_/g, ' ') || s === label.toLowerCase()) return { value: code };
  return {
    problem: `“${text(cell)}” is not ${what}; use one of: ${Object.values<string>(labels).join(', ')}.`,
  };
}
