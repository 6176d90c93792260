// The day something happened, as a person sets it (docs/guide.md, "How dates work"): a past or present day
// of the local calendar, never one that has not come yet, and not before 1900 (a mistyped year).
import { localToday } from '../../contract/dates';
import { invalid, issue, type IssuePath } from '../../contract/errors';

export const EARLIEST_DAY = '1900-01-01';

export function assertHappened(field: IssuePath | string, day: string, what: string, now = new Date()): void {
  if (day > localToday(now)) throw invalid(issue(field, `${what} can’t be on a day that hasn’t happened yet.`));
  if (day < EARLIEST_DAY) throw invalid(issue(field, `${what} is before 1900: check the year.`));
}
