// What the agreements feature's rows derive: their events on the timeline.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { agreements, goalReviews, goals } from './tables';
import type { TimelineArm } from '../timeline/timeline-sql';

export const agreementEvents: TimelineArm[] = [
  {
    kind: 'goal_set',
    table: goals,
    alias: 'g',
    at: 'g.set_on',
    label: 'substr(g.text, 1, 140)',
    detail: { target: 'g.target_date' },
  },
  {
    // Shows its goal's words: made again when the goal changes.
    kind: 'goal_review',
    table: goalReviews,
    alias: 'v',
    join: { table: goals, alias: 'g', on: 'g.id = v.goal_id', refreshBy: 'goal_id' },
    at: 'v.reviewed_on',
    label: 'substr(g.text, 1, 140)',
    detail: { status: 'v.status', goalId: 'g.id' },
  },
  {
    kind: 'agreement',
    table: agreements,
    alias: 'a',
    at: 'a.agreed_on',
    label: "coalesce(substr(a.reason, 1, 140), '')",
    detail: { version: 'a.version', frequency: 'a.frequency' },
  },
];
