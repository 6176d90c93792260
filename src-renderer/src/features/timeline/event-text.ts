// How one timeline event reads on screen, and where it opens. Pure, so the words are tested in Node.
import {
  FEEDBACK_SOURCE_LABELS,
  ATTENDANCE_LABELS,
  FORMAT_LABELS,
  GOAL_STATUS_LABELS,
  MEETING_FREQUENCY_LABELS,
  MODALITY_LABELS,
  RESPONDENT_LABELS,
} from '../../../../src-main/contract/enums';
import { localToday } from '../../../../src-main/contract/dates';
import { levelText } from '../../../../src-main/contract/levels';
import type { TimelineEvent, TimelineKind } from '../../../../src-main/contract/timeline';
import type { Route } from '../../app/routes';

export const KIND_TITLES: Record<TimelineKind, string> = {
  session: 'Session',
  period_signed: 'Period signed',
  period_reopened: 'Signed period reopened',
  note: 'Case note',
  action_created: 'Action item added',
  action_due: 'Action item due',
  action_done: 'Action item done',
  reflection: 'Reflection',
  review: 'Review finalised',
  goal_set: 'Goal set',
  goal_review: 'Goal reviewed',
  agreement: 'Agreement',
  checkin: 'Alliance check-in',
  feedback: 'Feedback received',
};

// The title of the row: what happened, in words a supervisor uses.
export function eventTitle(e: TimelineEvent): string {
  if (e.kind === 'goal_review') {
    const status = e.detail.status;
    return status === 'met' ? 'Goal met' : `Goal reviewed: ${GOAL_STATUS_LABELS[status].toLowerCase()}`;
  }
  if (e.kind === 'agreement') {
    const v = e.detail.version;
    return v === 1 ? 'Agreement written' : `Agreement amended (version ${v})`;
  }
  return KIND_TITLES[e.kind];
}

// A review's moved levels, drops first and the biggest drop first (a row lists each drop on a line
// of its own when there are two or more: rows.ts).
function movedFacts(e: TimelineEvent): string[] {
  if (!e.moved.length)
    return [e.firstReview ? 'First review of this framework' : 'No level changed since the review before'];
  return [...e.moved]
    .sort((a, b) => (a.to ?? 0) - (a.from ?? 0) - ((b.to ?? 0) - (b.from ?? 0)))
    .map((m) =>
      (m.to ?? 0) < (m.from ?? 0)
        ? `${m.name} dropped ${levelText(m.from)} → ${levelText(m.to)}`
        : `${m.name}: ${levelText(m.from)} → ${levelText(m.to)}`,
    );
}

// The line under the title: the record's own words first, then its facts. `today` (local calendar)
// tells an overdue action item, said the same way as everywhere else (dueText).
export function eventFacts(e: TimelineEvent, dateText: (iso: string) => string, today = localToday()): string[] {
  switch (e.kind) {
    case 'note':
      return e.riskClosedOn ? [`Risk closed ${dateText(e.riskClosedOn)} by a later note`] : [];
    case 'session': {
      const { attendance, minutes, format, modality } = e.detail;
      // A session that did not take place shows why, not minutes that never counted.
      const held =
        attendance === 'held'
          ? [`${minutes} min`]
          : attendance === 'partial'
            ? [ATTENDANCE_LABELS.partial, `${minutes} min`]
            : [ATTENDANCE_LABELS[attendance]];
      return [...held, FORMAT_LABELS[format], MODALITY_LABELS[modality]];
    }
    case 'period_signed':
    case 'period_reopened':
      return [`${dateText(e.detail.from)} to ${dateText(e.detail.to)}`];
    case 'action_created':
    case 'action_due':
    case 'action_done': {
      const { caseCode, due, done } = e.detail;
      return [
        `Case ${caseCode}`,
        due && e.kind !== 'action_due' ? `due ${dateText(due)}` : '',
        done && e.kind !== 'action_done' ? 'done' : '',
        due && !done && e.kind !== 'action_done' && due < today ? 'overdue' : '',
      ].filter(Boolean);
    }
    case 'review':
      return movedFacts(e);
    case 'goal_set':
      return e.detail.target ? [`target ${dateText(e.detail.target)}`] : [];
    case 'agreement':
      return [MEETING_FREQUENCY_LABELS[e.detail.frequency]];
    case 'checkin': {
      const { goals, tasks, bond, respondent } = e.detail;
      return [`Goals ${goals}, tasks ${tasks}, bond ${bond}`, RESPONDENT_LABELS[respondent]];
    }
    case 'feedback':
      return [`From: ${FEEDBACK_SOURCE_LABELS[e.detail.source]}`];
    default:
      return [];
  }
}

export function dropText(e: TimelineEvent): string | null {
  if (!e.drops.length) return null;
  return `Drop of 2 or more in ${e.drops.join(' and ')}`;
}

// Where the event's record is: its own route where it has one, else the supervisee's page.
export function routeOf(e: TimelineEvent): Route {
  const id = e.superviseeId;
  switch (e.kind) {
    case 'note':
      return { view: 'notes', id, record: e.id };
    case 'action_created':
    case 'action_due':
    case 'action_done':
      return { view: 'notes', id, record: e.detail.noteId };
    case 'reflection':
      return { view: 'reflect', id, record: e.id };
    case 'review':
      return { view: 'competencies', id, record: e.id };
    case 'session':
    case 'period_signed':
    case 'period_reopened':
      return { view: 'sessions', id };
    default:
      return { view: 'supervisees', id };
  }
}
