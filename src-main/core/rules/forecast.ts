// The licensure forecast: when each of a pack's requirements can be met, and which one decides the
// date. Worked in whole weeks from the Monday after today, so a person can check it by hand: a
// requirement with R hours left at P hours a week is met at the end of week ceil(R / P).
import { addDays, addMonths, weekStart } from '../../contract/dates';
import type { HoursSummary } from '../../contract/hours';
import { round2 } from '../../contract/numbers';
import type { LicenceForecast, RuleMetric, RulePack } from '../../contract/rules';
import { metricValues } from './evaluate';

type Week = HoursSummary['weeks'][number];
type HoursMetric = Exclude<RuleMetric, 'weeks_span'>;

const OF_WEEK: Record<HoursMetric, (w: Week) => number> = {
  total_hours: (w) => w.directHours + w.indirectHours + w.supervisionHours,
  direct_hours: (w) => w.directHours,
  indirect_hours: (w) => w.indirectHours,
  supervision_hours: (w) => w.supervisionHours,
  individual_triadic_hours: (w) => w.individualTriadicHours,
  group_hours: (w) => w.groupHours,
};
type Rates = Record<HoursMetric, number>;

export interface ForecastInput {
  pack: RulePack | null;
  summary: HoursSummary;
  today: string;
  supervisionStart: string;
  directPerWeek: number | null;
}

const NO_OUTCOME = { date: null, binding: null };

export function forecastLicence(input: ForecastInput): LicenceForecast {
  const { pack, summary, today } = input;
  const fromWeek = addDays(weekStart(today), 7);
  const weekEnd = (k: number) => addDays(fromWeek, 7 * k - 1);
  const base = {
    today,
    fromWeek,
    whatIfDirect: input.directPerWeek,
  };
  if (!pack)
    return {
      ...base,
      pack: null,
      registrationEnds: null,
      requirements: [],
      outcomes: { earliest: NO_OUTCOME, atPace8: NO_OUTCOME, atPace26: NO_OUTCOME, whatIf: null },
      notes: [],
    };

  // Complete weeks only: the running week would drag the pace down until it ends.
  const pace = (weeks: number): Rates => {
    const from = addDays(weekStart(today), -7 * weeks);
    const window = summary.weeks.filter((w) => w.weekStart >= from && w.weekStart < weekStart(today));
    const sum = (m: HoursMetric) => window.reduce((s, w) => s + OF_WEEK[m](w), 0) / weeks;
    return mapMetrics(sum);
  };
  const cap = pack.rules.find((r) => r.kind === 'week_max_total_hours')?.max ?? null;
  const capped = (r: Rates): Rates => mapMetrics((m) => Math.min(r[m], cap ?? Infinity));
  const pace8 = pace(8);
  const pace26 = pace(26);
  const d = input.directPerWeek;
  const whatIf =
    d === null ? null : { ...pace8, direct_hours: d, total_hours: d + pace8.indirect_hours + pace8.supervision_hours };

  const values = metricValues(summary);
  const firstWeek = summary.weeks[0]?.weekStart ?? fromWeek;
  const dateAt = (remaining: number, rate: number | null): string | null => {
    if (remaining <= 0 || rate === null || rate <= 0) return null;
    // The small slack keeps 120 hours at 40 a week at 3 weeks, not 4 by a rounding error.
    return weekEnd(Math.max(1, Math.ceil(remaining / rate - 1e-9)));
  };
  const registrationEnds = pack.registrationMonths
    ? addDays(addMonths(input.supervisionStart, pack.registrationMonths), -1)
    : null;
  // Whole weeks from next Monday whose Sunday falls on or before the registration's last day.
  const weeksBeforeEnd = registrationEnds
    ? Math.floor(((Date.parse(registrationEnds) - Date.parse(fromWeek)) / 86_400_000 + 1) / 7)
    : null;

  const requirements = pack.targets
    .filter((t) => t.min)
    .map((t) => {
      const target = t.min!;
      const value = values[t.metric];
      const remaining = Math.max(0, target - value);
      const met = remaining <= 0;
      const common = { id: t.id, label: t.label, target, value: round2(value), remaining: round2(remaining), met };
      if (t.metric === 'weeks_span') {
        // The span counts from the first week with hours to the last: logging on through week `target`.
        const date = met ? null : [addDays(firstWeek, 7 * target - 1), weekEnd(1)].sort().at(-1)!;
        const onlyIfLogging = (r: Rates | null) => (r && r.total_hours > 0 ? date : null);
        return {
          ...common,
          unit: 'weeks' as const,
          weeklyCap: null,
          pace8: null,
          pace26: null,
          whatIfPace: null,
          earliest: date,
          atPace8: onlyIfLogging(pace8),
          atPace26: onlyIfLogging(pace26),
          whatIf: whatIf ? onlyIfLogging(whatIf) : null,
          neededByRegistrationEnd: null,
        };
      }
      const m = t.metric;
      const c8 = capped(pace8)[m];
      const c26 = capped(pace26)[m];
      const cw = whatIf ? capped(whatIf)[m] : null;
      // Rounded up to the hundredth, so the figure shown is enough.
      const needed =
        met || weeksBeforeEnd === null || weeksBeforeEnd < 1
          ? null
          : Math.ceil((remaining / weeksBeforeEnd) * 100 - 1e-9) / 100;
      return {
        ...common,
        unit: 'hours' as const,
        weeklyCap: cap,
        pace8: round2(c8),
        pace26: round2(c26),
        whatIfPace: cw === null ? null : round2(cw),
        earliest: dateAt(remaining, cap),
        atPace8: dateAt(remaining, c8),
        atPace26: dateAt(remaining, c26),
        whatIf: cw === null ? null : dateAt(remaining, cw),
        neededByRegistrationEnd: needed,
      };
    });

  const open = requirements.filter((r) => !r.met);
  // At a pace, one requirement never reached makes the whole date "never"; for the earliest date a
  // requirement the pack puts no weekly limit on sets no bound and is left out.
  const outcome = (date: (r: (typeof requirements)[number]) => string | null, unbounded: 'never' | 'skip') => {
    let best: { date: string | null; binding: string | null } = NO_OUTCOME;
    for (const r of open) {
      const at = date(r);
      if (at === null) {
        if (unbounded === 'never') return { date: null, binding: r.id };
        continue;
      }
      if (best.date === null || at > best.date) best = { date: at, binding: r.id };
    }
    return best;
  };
  const outcomes = {
    earliest: outcome((r) => r.earliest, 'skip'),
    atPace8: outcome((r) => r.atPace8, 'never'),
    atPace26: outcome((r) => r.atPace26, 'never'),
    whatIf: whatIf ? outcome((r) => r.whatIf, 'never') : null,
  };

  const notes: string[] = [];
  if (cap !== null)
    notes.push(`This pack counts at most ${cap} hours a week; the earliest dates assume that many every week.`);
  else if (open.some((r) => r.unit === 'hours'))
    notes.push('This pack sets no weekly limit on hours, so only the pace decides when the hours are met.');
  if (registrationEnds) {
    for (const [name, o] of [
      ['the pace of the last 8 weeks', outcomes.atPace8],
      ['the pace tried', outcomes.whatIf],
    ] as const) {
      if (o?.date && o.date > registrationEnds)
        notes.push(`At ${name}, the requirements are met after the registration ends on ${registrationEnds}.`);
    }
  }
  return {
    ...base,
    pack: { id: pack.id, name: pack.name, version: pack.version },
    registrationEnds,
    requirements,
    outcomes,
    notes,
  };
}

function mapMetrics(f: (m: HoursMetric) => number): Rates {
  return Object.fromEntries((Object.keys(OF_WEEK) as HoursMetric[]).map((m) => [m, f(m)])) as Rates;
}
