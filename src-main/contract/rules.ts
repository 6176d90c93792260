// The rule-pack format: board requirements as data a user can read and edit. Numbers come from
// public board rules (docs/domain.md) and change; each pack carries its own version and source.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, none } from './common';

const METRICS = [
  'total_hours',
  'direct_hours',
  'indirect_hours',
  'supervision_hours',
  'individual_triadic_hours',
  'group_hours',
  'weeks_span',
] as const;
// The period a board signs by: California each week, the BACB each month, Texas once per supervisor
// at the end. The sign-off's default, This week's "not signed" list and the PDF log follow it.
export const SIGNING_PERIODS = ['week', 'month', 'supervision'] as const;
export type SigningPeriod = (typeof SIGNING_PERIODS)[number];
export const SIGNING_PERIOD_WORDS: Record<SigningPeriod, string> = {
  week: 'signed each week',
  month: 'signed each month',
  supervision: 'signed once, for the whole supervision',
};
// A supervisee with no pack, or a custom pack that does not say, is signed by week.
export const signingPeriodOf = (pack: { signsBy?: SigningPeriod } | null | undefined): SigningPeriod =>
  pack?.signsBy ?? 'week';

const metric = z.enum(METRICS, { error: `Not a measure Alliance knows; use one of ${METRICS.join(', ')}.` });
export type RuleMetric = z.infer<typeof metric>;

export const rulePack = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'Lower-case letters, digits and dashes.'),
  name: z.string().min(1).max(120),
  version: z.string().min(1).max(40),
  source: z.string().min(1).max(400),
  // How supervision converts to "units" where a board counts them (California: 1 h individual or
  // triadic = 1 unit, 2 h group = 1 unit).
  unitHours: z.strictObject({ individualTriadic: z.number().positive(), group: z.number().positive() }).optional(),
  // How long a registration lasts from the start of supervision (Texas: 60 months); the forecast warns
  // when the requirements would be met only after it.
  registrationMonths: z.number().int().min(1).max(240).optional(),
  signsBy: z.enum(SIGNING_PERIODS).optional(),
  // How many years after supervision ends the board asks for the records to be kept (most: 7).
  retentionYears: z.number().int().min(1).max(50).optional(),
  targets: z
    .array(
      z.strictObject({
        id: z.string(),
        label: z.string(),
        metric,
        // Null (or 0) where the pack only reports the hours, with no number to reach (APPIC's categories).
        min: z.number().nonnegative().nullable(),
      }),
    )
    .max(20),
  rules: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          id: z.string(),
          kind: z.literal('week_max_total_hours'),
          label: z.string(),
          max: z.number().positive(),
        }),
        z.strictObject({
          id: z.string(),
          kind: z.literal('week_units_when_direct_over'),
          label: z.string(),
          directOver: z.number().nonnegative(),
          minUnits: z.number().positive(),
        }),
        z.strictObject({
          id: z.string(),
          kind: z.literal('group_share_max'),
          label: z.string(),
          maxShare: z.number().min(0).max(1),
        }),
        z.strictObject({
          id: z.string(),
          kind: z.literal('month_min_supervision_hours'),
          label: z.string(),
          min: z.number().positive(),
        }),
        z.strictObject({
          id: z.string(),
          kind: z.literal('week_min_individual_triadic_hours'),
          label: z.string(),
          min: z.number().positive(),
        }),
      ]),
    )
    .max(30),
});
export type RulePack = z.infer<typeof rulePack>;

export const ruleEvaluation = z.strictObject({
  pack: z.strictObject({ id: z.string(), name: z.string(), version: z.string(), source: z.string() }).nullable(),
  progress: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      value: z.number(),
      // Null where the pack sets no number for it: the hours are reported, nothing is met or missed.
      target: z.number().positive().nullable(),
      unit: z.enum(['hours', 'weeks']),
      met: z.boolean().nullable(),
    }),
  ),
  warnings: z.array(
    z.strictObject({ ruleId: z.string(), rule: z.string(), source: z.string(), when: z.string(), detail: z.string() }),
  ),
});
export type RuleEvaluation = z.infer<typeof ruleEvaluation>;

// When each requirement can be met: at the most the pack lets count in a week, at the pace of the last
// 8 and 26 weeks, and at a pace the user tries. Dates are week ends (Sundays), counted from next week.
const forecastDate = z.string().nullable();
export const licenceForecast = z.strictObject({
  pack: z.strictObject({ id: z.string(), name: z.string(), version: z.string() }).nullable(),
  today: z.string(),
  // The first week the forecast counts (the Monday after today).
  fromWeek: z.string(),
  registrationEnds: z.string().nullable(),
  requirements: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      unit: z.enum(['hours', 'weeks']),
      target: z.number(),
      value: z.number(),
      remaining: z.number(),
      met: z.boolean(),
      // The most that counts in one week under the pack's caps (null: the pack sets none).
      weeklyCap: z.number().nullable(),
      pace8: z.number().nullable(),
      pace26: z.number().nullable(),
      whatIfPace: z.number().nullable(),
      // Null dates: already met, or (for paces) not reached at that pace, or (earliest) no cap to bound it.
      earliest: forecastDate,
      atPace8: forecastDate,
      atPace26: forecastDate,
      whatIf: forecastDate,
      // Hours a week needed to meet it by the registration's end (null: no registration limit, or met).
      neededByRegistrationEnd: z.number().nullable(),
    }),
  ),
  // The date every requirement is met and the requirement that decides it (the last one met).
  outcomes: z.strictObject({
    earliest: z.strictObject({ date: forecastDate, binding: z.string().nullable() }),
    atPace8: z.strictObject({ date: forecastDate, binding: z.string().nullable() }),
    atPace26: z.strictObject({ date: forecastDate, binding: z.string().nullable() }),
    whatIf: z.strictObject({ date: forecastDate, binding: z.string().nullable() }).nullable(),
  }),
  whatIfDirect: z.number().nullable(),
  notes: z.array(z.string()),
});
export type LicenceForecast = z.infer<typeof licenceForecast>;

export const forecastRequest = z.strictObject({
  superviseeId: id,
  // "At 15 direct hours a week": the other kinds of hours keep the pace of the last 8 weeks.
  directPerWeek: z
    .number({ error: 'Enter direct hours a week, like 15.' })
    .min(0, 'Hours a week cannot be negative.')
    .max(168, 'A week has 168 hours.')
    .nullable()
    .default(null),
  // The renderer's local calendar day, as This week sends it; main's own day when left out.
  today: isoDate.optional(),
});

export const ruleChannels = {
  'rules.packs': { reads: ['settings'], input: none, output: z.array(rulePack.extend({ builtin: z.boolean() })) },
  'rules.saveCustom': { input: z.strictObject({ pack: rulePack }), output: rulePack },
  // The supervisee's pack (a custom one is kept in settings) against their hours.
  'rules.evaluate': {
    input: z.strictObject({ superviseeId: id }),
    output: ruleEvaluation,
    reads: ['hours_by_day', 'client_hours', 'supervisees', 'settings'],
  },
  'rules.forecast': {
    input: forecastRequest,
    output: licenceForecast,
    reads: ['hours_by_day', 'client_hours', 'supervisees', 'settings'],
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const rulesExamples = (ids: ExampleIds): ExamplesFor<typeof ruleChannels> => ({
  'rules.packs': {},
  'rules.saveCustom': {
    pack: {
      id: 'custom',
      name: 'Ours',
      version: '1',
      source: 'Our program handbook',
      targets: [{ id: 't', label: 'Total', metric: 'total_hours', min: 10 }],
      rules: [],
    },
  },
  'rules.evaluate': { superviseeId: ids.supervisee },
  'rules.forecast': { superviseeId: ids.supervisee, directPerWeek: 15 },
});
