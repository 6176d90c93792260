// What the frameworks feature's rows derive: their events on the timeline.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { competencyReviews, frameworks } from './tables';
import type { TimelineArm } from '../timeline/timeline-sql';

// A finalised review, named by its framework (framework versions are never renamed in place).
export const reviewEvents: TimelineArm[] = [
  {
    kind: 'review',
    table: competencyReviews,
    alias: 'c',
    join: { table: frameworks, alias: 'f', on: 'f.id = c.framework_id' },
    at: 'c.reviewed_on',
    label: 'f.name',
    detail: { frameworkId: 'c.framework_id' },
    where: "c.status = 'final'",
  },
];
