// The forecast's outcomes in words, the same on screen and in the growth report.
import { dayText } from './dates';
import type { LicenceForecast } from './rules';

type Outcome = LicenceForecast['outcomes']['atPace8'];

export function requirementLabel(f: LicenceForecast, id: string | null): string {
  return f.requirements.find((r) => r.id === id)?.label ?? '';
}

// "05/23/2027: Total experience hours decides it", or why no date comes out at this pace.
export function outcomeText(f: LicenceForecast, o: Outcome, when: string): string {
  if (o.date) return `${dayText(o.date)}: ${requirementLabel(f, o.binding)} decides it`;
  return `Not reached: no progress on ${requirementLabel(f, o.binding).toLowerCase()} ${when}`;
}

export function earliestText(f: LicenceForecast): string {
  const o = f.outcomes.earliest;
  return o.date
    ? `${dayText(o.date)}: ${requirementLabel(f, o.binding)} decides it`
    : 'Not bounded by this pack: only the pace decides';
}
