// The supervisor's week: one page across every current supervisee of what needs doing now. Each
// list names the supervisee and the record, so the page can open the place to act.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate } from './common';
import { MEETING_FREQUENCIES } from './enums';
import { openAction, openRisk } from './notes';
import { SIGNING_PERIODS } from './rules';

const who = { superviseeId: id, superviseeName: z.string() };

export const weekOverview = z.strictObject({
  today: z.string(),
  weekStart: z.string(),
  // Supervisees whose next session, by the agreed frequency, falls due by the end of this week.
  sessionsDue: z.array(
    z.strictObject({
      ...who,
      frequency: z.enum(MEETING_FREQUENCIES),
      lastSession: z.string().nullable(),
      dueOn: z.string(),
    }),
  ),
  // Open action items whose due day has passed.
  overdueActions: z.array(openAction),
  openRisks: z.array(openRisk),
  // An agreed evaluation date that has come (or comes within two weeks) with no final review since.
  reviewsDue: z.array(z.strictObject({ ...who, evaluationOn: z.string(), draftReviewId: id.nullable() })),
  // Ended periods, by what the supervisee's pack signs by (weeks of the last eight, months of the
  // last three, or a supervision ended in the last 90 days), with days logged that no signed period
  // covers.
  unsignedPeriods: z.array(
    z.strictObject({
      ...who,
      signsBy: z.enum(SIGNING_PERIODS),
      from: z.string(),
      to: z.string(),
      days: z.number().int(),
    }),
  ),
  // Rule-pack warnings about the last four weeks.
  ruleWarnings: z.array(
    z.strictObject({
      ...who,
      ruleId: z.string(),
      rule: z.string(),
      source: z.string(),
      when: z.string(),
      detail: z.string(),
    }),
  ),
  // What each pack still asks of the running week (or month), while there is time to act.
  ahead: z.array(
    z.strictObject({
      ...who,
      ruleId: z.string(),
      rule: z.string(),
      source: z.string(),
      by: z.string(),
      detail: z.string(),
    }),
  ),
  // The supervisor's own duties due within 30 days or overdue: licences, training, the
  // self-assessment, agreements ending and forms owed after a supervision ends.
  yourDuties: z.array(
    z.strictObject({
      kind: z.string(),
      on: z.string(),
      what: z.string(),
      superviseeId: id.nullable(),
    }),
  ),
  // Supervisees whose records reach their keep-until date within 90 days, or have reached it.
  retentionDue: z.array(z.strictObject({ ...who, keepUntil: z.string(), due: z.boolean() })),
  // Hours per supervisee over the last four weeks (this one included).
  rollup: z.strictObject({
    from: z.string(),
    to: z.string(),
    rows: z.array(
      z.strictObject({
        ...who,
        sessions: z.number(),
        supervisionHours: z.number(),
        directHours: z.number(),
        indirectHours: z.number(),
      }),
    ),
  }),
});
export type WeekOverview = z.infer<typeof weekOverview>;

export const weekChannels = {
  // `today` is the renderer's calendar day, so "overdue" means what the supervisor's calendar says.
  'week.overview': {
    input: z.strictObject({ today: isoDate }),
    output: weekOverview,
    reads: [
      'supervisees',
      'agreements',
      'supervision_sessions',
      'client_hours',
      'hours_by_day',
      'competency_reviews',
      'case_notes',
      'note_actions',
      'signed_periods',
      'settings',
      'supervisor_licences',
      'supervisor_training',
      'supervisor_self_assessments',
      'record_retention',
    ],
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const weekExamples = (_ids: ExampleIds): ExamplesFor<typeof weekChannels> => ({
  'week.overview': { today: '2026-03-04' },
});
