// What the sessions feature's rows derive: their events on the timeline and their rows in the search index.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { supervisionSessions } from './tables';
import type { SearchArm } from '../search/search-sql';
import type { TimelineArm } from '../timeline/timeline-sql';

export const sessionEvents: TimelineArm[] = [
  {
    kind: 'session',
    table: supervisionSessions,
    alias: 's',
    at: 's.date',
    label: 'substr(s.topics, 1, 140)',
    detail: {
      minutes: 's.duration_minutes',
      format: 's.format',
      modality: 's.modality',
      attendance: 's.attendance',
    },
    where: 's.deleted_at IS NULL',
  },
];

export const sessionSearch: SearchArm[] = [
  {
    kind: 'session',
    table: supervisionSessions,
    alias: 's',
    day: 's.date',
    title: 's.topics',
    body: ['s.summary', 's.cases_discussed', 's.follow_ups'],
    where: 's.deleted_at IS NULL',
  },
];
