// Checks a supervisee's whole log against the rule pack they follow: progress toward each target,
// and a warning for every week, month or overall share that breaks a rule, naming rule and source.
import { counted, round2 } from '../../contract/numbers';
import type { RuleEvaluation, RuleMetric, RulePack } from '../../contract/rules';
import type { Db } from '../../db/vault';
import type { HoursSummary } from '../../contract/hours';
import { addDays, weekStart } from '../../contract/dates';
import { hoursSummary, loggedSpan, supervisionHoursByMonth } from '../hours/hours-summary';

const r2 = round2;

// `since` (a Monday): only the warnings dated from that week or its month on, read from those days
// only (This week's last four weeks); the progress is then of that window, not all time, and the
// all-time warnings (the group share) are left out.
export function evaluateRules(
  db: Db,
  superviseeId: string,
  pack: RulePack | null,
  since: string | null = null,
): RuleEvaluation {
  if (!pack) return { pack: null, progress: [], warnings: [] };
  const all = hoursSummary(db, superviseeId, since, null);
  const weeks = all.weeks;
  const values = metricValues(all);
  const progress = pack.targets.map((t) => ({
    id: t.id,
    label: t.label,
    value: r2(values[t.metric]),
    // A zero minimum is no target: "50.5 of 0 hours, met" would claim what no board said.
    target: t.min || null,
    unit: t.metric === 'weeks_span' ? ('weeks' as const) : ('hours' as const),
    met: t.min ? values[t.metric] >= t.min : null,
  }));

  const warnings: RuleEvaluation['warnings'] = [];
  const warn = (rule: { id: string; label: string }, when: string, detail: string) =>
    warnings.push({ ruleId: rule.id, rule: rule.label, source: pack.source, when, detail });
  const units = pack.unitHours ?? { individualTriadic: 1, group: 2 };
  for (const rule of pack.rules) {
    switch (rule.kind) {
      case 'week_max_total_hours':
        for (const w of weeks) {
          const total = w.directHours + w.indirectHours + w.supervisionHours;
          if (total > rule.max)
            warn(rule, `week of ${w.weekStart}`, `${r2(total)} hours logged; the limit is ${rule.max}.`);
        }
        break;
      case 'week_units_when_direct_over':
        for (const w of weeks) {
          const u = w.individualTriadicHours / units.individualTriadic + w.groupHours / units.group;
          if (w.directHours > rule.directOver && u < rule.minUnits)
            warn(
              rule,
              `week of ${w.weekStart}`,
              `${r2(w.directHours)} direct hours with ${counted(u, 'unit')} of supervision; ${rule.minUnits} needed.`,
            );
        }
        break;
      case 'group_share_max': {
        if (since) break;
        const share = all.supervisionHours ? all.byFormat.group / all.supervisionHours : 0;
        if (share > rule.maxShare)
          warn(
            rule,
            'all time',
            `Group is ${Math.round(share * 100)}% of supervision; at most ${Math.round(rule.maxShare * 100)}% counts.`,
          );
        break;
      }
      case 'month_min_supervision_hours': {
        // Every month from the first logged week to the last, including months with nothing logged;
        // in a window, only those from its first month on.
        const span = since
          ? loggedSpan(db, superviseeId)
          : { first: weeks[0]?.weekStart ?? null, last: weeks.at(-1)?.weekStart ?? null };
        if (!span.first || !span.last) break;
        const last = addDays(weekStart(span.last), 6).slice(0, 7);
        const firstMonth = weekStart(span.first).slice(0, 7);
        const first = since && since.slice(0, 7) > firstMonth ? since.slice(0, 7) : firstMonth;
        const byMonth = supervisionHoursByMonth(db, superviseeId);
        for (let m = first; m <= last; m = nextMonth(m)) {
          const h = byMonth.get(m) ?? 0;
          if (h < rule.min) warn(rule, m, `${r2(h)} hours of supervision; at least ${rule.min} needed.`);
        }
        break;
      }
      case 'week_min_individual_triadic_hours':
        for (const w of weeks) {
          if (w.individualTriadicHours < rule.min)
            warn(
              rule,
              `week of ${w.weekStart}`,
              `${r2(w.individualTriadicHours)} hours of individual or triadic supervision; about ${rule.min} expected.`,
            );
        }
        break;
    }
  }
  return { pack: { id: pack.id, name: pack.name, version: pack.version, source: pack.source }, progress, warnings };
}

// Each measure a pack can set a target on, over a whole summary.
export function metricValues(all: HoursSummary): Record<RuleMetric, number> {
  const weeks = all.weeks;
  const span = weeks.length
    ? Math.round((Date.parse(weeks.at(-1)!.weekStart) - Date.parse(weeks[0]!.weekStart)) / (7 * 86_400_000)) + 1
    : 0;
  return {
    total_hours: all.directHours + all.indirectHours + all.supervisionHours,
    direct_hours: all.directHours,
    indirect_hours: all.indirectHours,
    supervision_hours: all.supervisionHours,
    individual_triadic_hours: all.byFormat.individual + all.byFormat.triadic,
    group_hours: all.byFormat.group,
    weeks_span: span,
  };
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
