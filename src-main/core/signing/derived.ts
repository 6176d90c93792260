// What the signing feature's rows derive: their events on the timeline.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { signedPeriods } from './tables';
import type { TimelineArm } from '../timeline/timeline-sql';

const period = { from: 'p.period_start', to: 'p.period_end' };
export const periodEvents: TimelineArm[] = [
  { kind: 'period_signed', table: signedPeriods, alias: 'p', at: 'p.signed_on', label: "''", detail: period },
  {
    kind: 'period_reopened',
    table: signedPeriods,
    alias: 'p',
    at: 'substr(p.reopened_at, 1, 10)',
    label: "''",
    detail: period,
    where: 'p.reopened_at IS NOT NULL',
  },
];
