// The supervisor's week, across every active supervisee: sessions due by the agreed frequency,
// overdue action items, open risk flags, evaluations due, ended periods not yet signed, recent
// rule-pack warnings, what the packs still ask of the running week, the supervisor's own duties and
// the hours of the last four weeks. Each part reads what its own feature already keeps; nothing here
// is stored.
import { addDays, previousMonth, weekStart } from '../../contract/dates';
import { signingPeriodOf } from '../../contract/rules';
import type { Supervisee } from '../../contract/supervisees';
import type { MeetingFrequency } from '../../contract/enums';
import type { WeekOverview } from '../../contract/week';
import { retentionComingDue } from '../retention/retention';
import type { Db } from '../../db/vault';
import { daysLogged, daysLoggedBy, hoursRollup } from '../hours/hours-summary';
import { newestAgreements } from '../agreements/agreements';
import { reviewsBySupervisee } from '../frameworks/reviews';
import { lastSessionDays } from '../sessions/sessions';
import { openActions, openRisks } from '../notes/notes';
import { evaluateRules } from '../rules/evaluate';
import { findPack } from '../rules/store';
import { warningsAhead } from '../rules/ahead';
import { dueSoon } from '../supervisor/supervisor';
import { activePeriods } from '../signing/signing';
import { listSupervisees } from '../supervisees/supervisees';

// Evaluations are shown this many days before they fall; a final review this many days before an
// evaluation date counts for it (reviews are often written in the days before).
const EVALUATION_NOTICE_DAYS = 14;
const REVIEW_COUNTS_FROM_DAYS = 30;
const UNSIGNED_WEEKS = 8;
const UNSIGNED_MONTHS = 3;
const YOUR_DUTIES_DAYS = 30;
// A supervision signed once at its end stays on the list this long after it ended.
const ENDED_SUPERVISION_DAYS = 90;
const WARNING_WEEKS = 4;

export function nextSessionDue(last: string, frequency: MeetingFrequency): string | null {
  if (frequency === 'weekly') return addDays(last, 7);
  if (frequency === 'fortnightly') return addDays(last, 14);
  if (frequency === 'monthly') {
    const d = new Date(`${last}T00:00:00Z`);
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + 1);
    // The same day next month, or that month's last day (31 January → 28 or 29 February).
    const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, lastDay));
    return d.toISOString().slice(0, 10);
  }
  return null;
}

export function weekOverview(db: Db, today: string): WeekOverview {
  const people = listSupervisees(db, { search: '', status: 'active', archived: 'exclude' });
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  const thisWeek = weekStart(today);
  const weekEnd = addDays(thisWeek, 6);

  // The newest agreement version and the last counted session of each supervisee.
  const agreed = newestAgreements(db);
  const lastSession = lastSessionDays(db, today);

  const sessionsDue: WeekOverview['sessionsDue'] = [];
  for (const p of people) {
    const a = agreed.get(p.id);
    if (!a) continue;
    const last = lastSession.get(p.id) ?? null;
    const dueOn = last ? nextSessionDue(last, a.frequency) : p.supervisionStart;
    if (dueOn && dueOn <= weekEnd)
      sessionsDue.push({
        superviseeId: p.id,
        superviseeName: p.fullName,
        frequency: a.frequency,
        lastSession: last,
        dueOn,
      });
  }
  sessionsDue.sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.superviseeName.localeCompare(y.superviseeName));

  const { lastFinal, drafts } = reviewsBySupervisee(db);
  const reviewsDue: WeekOverview['reviewsDue'] = [];
  for (const p of people) {
    const a = agreed.get(p.id);
    if (!a) continue;
    const final = lastFinal.get(p.id) ?? '';
    // The latest evaluation date that has come (or is near) and that no final review answers.
    const due = a.evaluationDates
      .filter((d) => d <= addDays(today, EVALUATION_NOTICE_DAYS) && final < addDays(d, -REVIEW_COUNTS_FROM_DAYS))
      .sort()
      .at(-1);
    if (due)
      reviewsDue.push({
        superviseeId: p.id,
        superviseeName: p.fullName,
        evaluationOn: due,
        draftReviewId: drafts.get(p.id) ?? null,
      });
  }
  reviewsDue.sort((x, y) => x.evaluationOn.localeCompare(y.evaluationOn));

  const unsignedPeriods = unsignedByPack(db, today, people);

  // Warnings name their week ("week of 2026-11-02") or month ("month of 2026-11"); overall shares
  // have no date and belong on the supervisee's own page.
  const since = addDays(thisWeek, -7 * (WARNING_WEEKS - 1));
  const ruleWarnings: WeekOverview['ruleWarnings'] = [];
  for (const p of people) {
    const pack = findPack(db, p.rulePack);
    if (!pack) continue;
    for (const w of evaluateRules(db, p.id, pack, since).warnings) {
      const day = /\d{4}-\d{2}-\d{2}/.exec(w.when)?.[0] ?? /\d{4}-\d{2}/.exec(w.when)?.[0];
      if (day && (day.length === 10 ? day >= since : day >= since.slice(0, 7)))
        ruleWarnings.push({ superviseeId: p.id, superviseeName: p.fullName, ...w });
    }
  }

  const ahead: WeekOverview['ahead'] = [];
  for (const p of people) {
    const pack = findPack(db, p.rulePack);
    if (!pack || (p.supervisionEnd !== null && p.supervisionEnd < today)) continue;
    for (const a of warningsAhead(db, p.id, pack, today))
      ahead.push({ superviseeId: p.id, superviseeName: p.fullName, ...a });
  }
  ahead.sort((x, y) => x.by.localeCompare(y.by) || x.superviseeName.localeCompare(y.superviseeName));

  const rollupFrom = addDays(thisWeek, -7 * (WARNING_WEEKS - 1));
  // Everyone current has a line, a supervisee with nothing logged included.
  const logged = new Map(hoursRollup(db, rollupFrom, weekEnd).map((r) => [r.superviseeId, r]));
  const rows = people
    .map((p) => ({
      ...(logged.get(p.id) ?? {
        superviseeId: p.id,
        sessions: 0,
        supervisionHours: 0,
        directHours: 0,
        indirectHours: 0,
      }),
      superviseeName: p.fullName,
    }))
    .sort((x, y) => x.superviseeName.localeCompare(y.superviseeName));

  return {
    today,
    weekStart: thisWeek,
    sessionsDue,
    overdueActions: openActions(db).filter((a) => a.due !== null && a.due < today && nameOf.has(a.superviseeId)),
    openRisks: openRisks(db).filter((r) => nameOf.has(r.superviseeId)),
    reviewsDue,
    unsignedPeriods,
    ruleWarnings,
    ahead,
    // Evaluations are listed above with their reviews; the rest of the supervisor's page comes here.
    yourDuties: dueSoon(db, today, YOUR_DUTIES_DAYS).filter((d) => d.kind !== 'evaluation'),
    retentionDue: retentionComingDue(db, today).map((r) => ({
      superviseeId: r.superviseeId,
      superviseeName: r.name,
      keepUntil: r.keepUntil!,
      due: r.state === 'due',
    })),
    rollup: { from: rollupFrom, to: weekEnd, rows },
  };
}

// Days with sessions or hours in each supervisee's ended periods (by what their pack signs by),
// against the periods signed and not reopened.
function unsignedByPack(db: Db, today: string, people: Supervisee[]): WeekOverview['unsignedPeriods'] {
  const thisWeek = weekStart(today);
  const thisMonth = `${today.slice(0, 7)}-01`;
  const weeksFrom = addDays(thisWeek, -7 * UNSIGNED_WEEKS);
  let monthsFrom = thisMonth;
  for (let i = 0; i < UNSIGNED_MONTHS; i++) monthsFrom = previousMonth(monthsFrom).from;
  // Supervisees whose supervision is signed once are listed after it ends, whatever their status.
  const everyone = listSupervisees(db, { search: '', status: 'any', archived: 'exclude' });
  const signsBy = new Map(everyone.map((p) => [p.id, signingPeriodOf(findPack(db, p.rulePack))]));
  const endedRecently = everyone.filter(
    (p) =>
      signsBy.get(p.id) === 'supervision' &&
      p.supervisionEnd !== null &&
      p.supervisionEnd < today &&
      p.supervisionEnd >= addDays(today, -ENDED_SUPERVISION_DAYS),
  );
  const listed = new Map<string, Supervisee>();
  for (const p of people) if (signsBy.get(p.id) !== 'supervision') listed.set(p.id, p);
  for (const p of endedRecently) listed.set(p.id, p);

  const signed = activePeriods(db);
  const found = new Map<string, WeekOverview['unsignedPeriods'][number]>();
  const count = (p: Supervisee, day: string) => {
    const by = signsBy.get(p.id)!;
    const covered = (signed.get(p.id) ?? []).some((s) => s.periodStart <= day && day <= s.periodEnd);
    if (covered) return;
    const [from, to] =
      by === 'week'
        ? [weekStart(day), addDays(weekStart(day), 6)]
        : by === 'month'
          ? [`${day.slice(0, 7)}-01`, previousMonth(addDays(`${day.slice(0, 7)}-01`, 32)).to]
          : [p.supervisionStart, p.supervisionEnd!];
    const key = `${p.id}:${from}`;
    const row = found.get(key) ?? { superviseeId: p.id, superviseeName: p.fullName, signsBy: by, from, to, days: 0 };
    row.days += 1;
    found.set(key, row);
  };
  const earliest = weeksFrom < monthsFrom ? weeksFrom : monthsFrom;
  for (const d of daysLogged(db, earliest, thisWeek > thisMonth ? thisWeek : thisMonth)) {
    const p = listed.get(d.supervisee_id);
    if (!p) continue;
    const by = signsBy.get(p.id);
    if (
      (by === 'week' && d.day >= weeksFrom && d.day < thisWeek) ||
      (by === 'month' && d.day >= monthsFrom && d.day < thisMonth)
    )
      count(p, d.day);
  }
  for (const p of endedRecently)
    for (const d of daysLoggedBy(db, p.id, p.supervisionStart, addDays(p.supervisionEnd!, 1))) count(p, d);
  return [...found.values()].sort(
    (x, y) => y.from.localeCompare(x.from) || x.superviseeName.localeCompare(y.superviseeName),
  );
}
