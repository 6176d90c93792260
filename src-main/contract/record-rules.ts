// Rules on a record's own fields that the app's forms and the JSON import both apply, written once
// so a file cannot hold what the app would refuse. Each returns the refusal (its field and words)
// or null.
import { addDays, weekStart } from './dates';

export interface RuleProblem {
  field: string;
  message: string;
}

export function agreementDatesProblem(a: { evaluationDates: string[]; endsOn: string | null }): RuleProblem | null {
  return a.endsOn && a.evaluationDates.some((d) => d > a.endsOn!)
    ? { field: 'evaluationDates', message: 'An evaluation date falls after the agreed end of supervision.' }
    : null;
}

// Hours logged with a session are on its day; hours logged for a week run Monday to Sunday.
export function hoursPeriodProblem(
  h: { periodStart: string; periodEnd: string },
  sessionDate: string | null,
): RuleProblem | null {
  if (sessionDate !== null)
    return h.periodStart === sessionDate && h.periodEnd === sessionDate
      ? null
      : { field: 'periodStart', message: 'Hours logged with a session are on the session’s day.' };
  return h.periodStart === weekStart(h.periodStart) && h.periodEnd === addDays(h.periodStart, 6)
    ? null
    : { field: 'periodStart', message: 'Hours not tied to a session cover one week, Monday to Sunday.' };
}

export function goalReviewProblem(reviewedOn: string, goalSetOn: string): RuleProblem | null {
  return reviewedOn < goalSetOn
    ? { field: 'reviewedOn', message: 'This review is dated before the goal was set.' }
    : null;
}

// A moment written by the app is never ahead of the clock by more than a day (time zones, a clock
// a little fast); one years ahead would pin a record to the top of every list for good.
export function futureMomentProblem(field: string, iso: string, now: Date): RuleProblem | null {
  return Date.parse(iso) > now.getTime() + 86_400_000
    ? { field, message: 'This moment is in the future: check the file (or the clock of the computer that wrote it).' }
    : null;
}

// One review against a framework (any of its versions) per supervisee per day: the forms refuse a
// second one, and so does an import (core/frameworks/reviews.ts, reviewsOnDay, finds the clash).
export const ONE_REVIEW_A_DAY = 'There is already a review against this framework on that date.';
