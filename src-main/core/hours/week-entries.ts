// Hours reported for a whole week rather than per session (Monday to Sunday). A week's entry is
// every sessionless client_hours row whose period starts on that Monday; it is counted on the day
// the week ends (its Sunday), which is the rule docs/guide.md's "Sessions and hours" states.
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { addDays, localToday, weekStart } from '../../contract/dates';
import { invalid, issue } from '../../contract/errors';
import type { SetWeek, WeekEntry, WeekHours } from '../../contract/hours';
import { round2 } from '../../contract/numbers';
import type { HoursEntry } from '../../contract/sessions';
import { clientHours } from '../sessions/tables';
import type { Db } from '../../db/vault';
import { insertHours } from '../sessions/sessions';
import { assertUnsigned, listPeriods } from '../signing/signing';
import { getSupervisee } from '../supervisees/supervisees';

type HoursRow = typeof clientHours.$inferSelect;

function checkWeek(db: Db, superviseeId: string, monday: string, now: Date): void {
  if (monday > localToday(now)) throw invalid(issue('weekStart', "That week hasn't started yet."));
  assertUnsigned(db, superviseeId, monday, addDays(monday, 6)); // any overlap with a signed period
}

// One line per kind and activity, summed, in a stable order: what the week form shows and saves.
function combine(rows: Pick<HoursRow, 'kind' | 'activity' | 'hours'>[]): HoursEntry[] {
  const sums = new Map<string, HoursEntry>();
  for (const r of rows) {
    const key = `${r.kind}:${r.activity ?? ''}`;
    const e = sums.get(key) ?? { kind: r.kind, activity: r.activity, hours: 0 };
    e.hours = round2(e.hours + r.hours);
    sums.set(key, e);
  }
  return [...sums.values()].sort((a, b) => (a.kind + (a.activity ?? '')).localeCompare(b.kind + (b.activity ?? '')));
}

function entryOf(superviseeId: string, monday: string, rows: HoursRow[], signed: boolean): WeekEntry {
  const entries = combine(rows);
  const sum = (kind: string) => round2(entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.hours, 0));
  return {
    superviseeId,
    weekStart: monday,
    weekEnd: addDays(monday, 6),
    entries,
    directHours: sum('direct'),
    indirectHours: sum('indirect'),
    signed,
  };
}

// Week entries whose week overlaps from..to (either may be open), newest week first.
export function listWeekEntries(db: Db, superviseeId: string, from?: string | null, to?: string | null): WeekEntry[] {
  getSupervisee(db, superviseeId);
  const where = [eq(clientHours.superviseeId, superviseeId), isNull(clientHours.sessionId)];
  if (from) where.push(gte(clientHours.periodEnd, from));
  if (to) where.push(lte(clientHours.periodStart, to));
  const rows = db
    .select()
    .from(clientHours)
    .where(and(...where))
    .orderBy(asc(clientHours.periodStart))
    .all();
  const byWeek = new Map<string, HoursRow[]>();
  for (const r of rows) byWeek.set(r.periodStart, [...(byWeek.get(r.periodStart) ?? []), r]);
  const signed = listPeriods(db, superviseeId).filter((p) => p.status === 'signed');
  return [...byWeek]
    .map(([monday, rs]) =>
      entryOf(
        superviseeId,
        monday,
        rs,
        signed.some((p) => p.periodStart <= addDays(monday, 6) && monday <= p.periodEnd),
      ),
    )
    .reverse();
}

function weekRows(db: Db, superviseeId: string, monday: string): HoursRow[] {
  return db
    .select()
    .from(clientHours)
    .where(
      and(
        eq(clientHours.superviseeId, superviseeId),
        isNull(clientHours.sessionId),
        eq(clientHours.periodStart, monday),
      ),
    )
    .all();
}

// Adds hours to a week (logging the same week twice adds up, as a paper log would).
export function logWeek(db: Db, input: WeekHours, now = new Date()): { added: number } {
  getSupervisee(db, input.superviseeId);
  const from = weekStart(input.weekStart);
  checkWeek(db, input.superviseeId, from, now);
  db.transaction((tx) =>
    insertHours(tx, input.superviseeId, null, from, addDays(from, 6), input.entries, now.toISOString()),
  );
  return { added: input.entries.length };
}

// Replaces a week's entry with exactly these lines: an edit, a delete (no lines), or the undo of
// either (the lines it returns as `previous`).
export function setWeek(db: Db, input: SetWeek, now = new Date()): { previous: HoursEntry[]; entry: WeekEntry | null } {
  getSupervisee(db, input.superviseeId);
  const monday = weekStart(input.weekStart);
  checkWeek(db, input.superviseeId, monday, now);
  const previous = combine(weekRows(db, input.superviseeId, monday));
  db.transaction((tx) => {
    tx.delete(clientHours)
      .where(
        and(
          eq(clientHours.superviseeId, input.superviseeId),
          isNull(clientHours.sessionId),
          eq(clientHours.periodStart, monday),
        ),
      )
      .run();
    insertHours(tx, input.superviseeId, null, monday, addDays(monday, 6), input.entries, now.toISOString());
  });
  const rows = weekRows(db, input.superviseeId, monday);
  return {
    previous,
    entry: rows.length ? entryOf(input.superviseeId, monday, rows, false) : null,
  };
}
