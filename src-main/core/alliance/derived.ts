// What the alliance feature's rows derive: their events on the timeline.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { allianceCheckins, feedbackReceived } from './tables';
import type { TimelineArm } from '../timeline/timeline-sql';

export const allianceEvents: TimelineArm[] = [
  {
    kind: 'checkin',
    table: allianceCheckins,
    alias: 'c',
    at: 'c.checked_on',
    label: 'substr(c.comment, 1, 140)',
    detail: { goals: 'c.goals', tasks: 'c.tasks', bond: 'c.bond', respondent: 'c.respondent' },
  },
  {
    kind: 'feedback',
    table: feedbackReceived,
    alias: 'f',
    at: 'f.received_on',
    label: 'substr(f.feedback, 1, 140)',
    detail: { source: 'f.source' },
  },
];
