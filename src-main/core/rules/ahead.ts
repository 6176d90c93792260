// What a supervisee's rule pack will ask of the week (and month) still running, given what is logged
// so far: said while there is still time to act, not only after the period has ended.
import { addDays, weekStart } from '../../contract/dates';
import { counted, round2 } from '../../contract/numbers';
import type { RulePack } from '../../contract/rules';
import type { Db } from '../../db/vault';
import { hoursSummary } from '../hours/hours-summary';

export interface AheadItem {
  ruleId: string;
  rule: string;
  source: string;
  // The last day to act: the running week's Sunday or the running month's last day.
  by: string;
  detail: string;
}

// Within this many hours of a weekly limit, the remaining room is said before it runs out.
const NEAR_LIMIT_HOURS = 8;

export function warningsAhead(db: Db, superviseeId: string, pack: RulePack, today: string): AheadItem[] {
  const monday = weekStart(today);
  const sunday = addDays(monday, 6);
  const week = hoursSummary(db, superviseeId, monday, sunday);
  const units = pack.unitHours ?? { individualTriadic: 1, group: 2 };
  const r2 = round2;
  const items: AheadItem[] = [];
  const add = (rule: { id: string; label: string }, by: string, detail: string) =>
    items.push({ ruleId: rule.id, rule: rule.label, source: pack.source, by, detail });
  const itHours = week.byFormat.individual + week.byFormat.triadic;

  for (const rule of pack.rules) {
    switch (rule.kind) {
      case 'week_units_when_direct_over': {
        const have = itHours / units.individualTriadic + week.byFormat.group / units.group;
        if (week.directHours > rule.directOver && have < rule.minUnits)
          add(
            rule,
            sunday,
            `${r2(week.directHours)} direct hours logged this week: ` +
              `${counted(rule.minUnits - have, 'more unit')} of supervision needed by ${sunday}.`,
          );
        break;
      }
      case 'week_max_total_hours': {
        const total = week.directHours + week.indirectHours + week.supervisionHours;
        if (total > rule.max)
          add(rule, sunday, `${r2(total)} hours logged this week; only ${rule.max} count toward the total.`);
        else if (total === rule.max)
          add(rule, sunday, `${r2(total)} hours logged this week: the most that counts; more would not count.`);
        else if (total > 0 && total >= rule.max - NEAR_LIMIT_HOURS)
          add(
            rule,
            sunday,
            `${r2(total)} hours logged this week: at most ${r2(rule.max - total)} more count by ${sunday}.`,
          );
        break;
      }
      case 'week_min_individual_triadic_hours':
        if (itHours < rule.min)
          add(
            rule,
            sunday,
            `${r2(itHours)} hours of individual or triadic supervision this week; ` +
              `about ${rule.min} expected by ${sunday}.`,
          );
        break;
      case 'month_min_supervision_hours': {
        const first = `${today.slice(0, 7)}-01`;
        const last = addDays(addDays(first, 31).slice(0, 8) + '01', -1);
        const month = hoursSummary(db, superviseeId, first, last);
        if (month.supervisionHours < rule.min)
          add(
            rule,
            last,
            `${r2(month.supervisionHours)} of ${rule.min} hours of supervision this month: ` +
              `${r2(rule.min - month.supervisionHours)} more needed by ${last}.`,
          );
        break;
      }
      case 'group_share_max':
        // A share of all supervision so far, not of one week: the supervisee's page shows it.
        break;
    }
  }
  return items;
}
