// A supervisee's keep-until date and what the supervisor decided about it. The date is the end of
// supervision plus the longer of the rule pack's period and the supervisor's own setting (a setting
// can lengthen the pack's period, never shorten it), or a later date the supervisor chose with a
// reason. A legal hold stops the clock: held records are never due.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addDays, addMonths, localToday } from '../../contract/dates';
import { AppError, invalid, issue } from '../../contract/errors';
import { RETENTION_AHEAD_DAYS, type RetentionState, type RetentionStatus } from '../../contract/retention';
import type { Supervisee } from '../../contract/supervisees';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { allPacks } from '../rules/store';
import { readSettings } from '../settings/settings';
import { getSupervisee, listSupervisees } from '../supervisees/supervisees';
import { recordRetention } from './tables';

type Row = typeof recordRetention.$inferSelect;

function stateOf(keepUntil: string | null, held: boolean, today: string): RetentionState {
  if (held) return 'held';
  if (!keepUntil) return 'ongoing';
  if (keepUntil <= today) return 'due';
  return keepUntil <= addDays(today, RETENTION_AHEAD_DAYS) ? 'due_soon' : 'kept';
}

// Each pack's period, read once for a whole list of supervisees.
function packYearsOf(db: Db): (packId: string | null) => number | null {
  const years = new Map(allPacks(db).map((p) => [p.id, p.retentionYears ?? null]));
  return (packId) => (packId ? (years.get(packId) ?? null) : null);
}

function statusOf(
  s: Supervisee,
  row: Row | undefined,
  ownYears: number,
  packYears: number | null,
  today: string,
): RetentionStatus {
  const years = Math.max(packYears ?? 0, ownYears);
  const ruleUntil = s.supervisionEnd ? addMonths(s.supervisionEnd, years * 12) : null;
  const extendedUntil = row?.extendedUntil ?? null;
  const keepUntil = ruleUntil && extendedUntil && extendedUntil > ruleUntil ? extendedUntil : ruleUntil;
  const hold = row?.holdSince ? { since: row.holdSince, reason: row.holdReason } : null;
  return {
    superviseeId: s.id,
    name: s.fullName,
    supervisionEnd: s.supervisionEnd,
    packYears,
    ownYears,
    years,
    ruleUntil,
    extendedUntil,
    extensionReason: row?.extensionReason ?? '',
    keepUntil,
    hold,
    state: stateOf(keepUntil, hold !== null, today),
  };
}

const rowOf = (db: Db, superviseeId: string) =>
  db.select().from(recordRetention).where(eq(recordRetention.superviseeId, superviseeId)).get();

export function retentionOf(db: Db, superviseeId: string, today = localToday()): RetentionStatus {
  const s = getSupervisee(db, superviseeId);
  return statusOf(s, rowOf(db, superviseeId), readSettings(db).retentionYears, packYearsOf(db)(s.rulePack), today);
}

// Everyone whose records are due now or within RETENTION_AHEAD_DAYS, soonest first (for This week).
export function retentionComingDue(db: Db, today = localToday()): RetentionStatus[] {
  const own = readSettings(db).retentionYears;
  const packYears = packYearsOf(db);
  const rows = new Map(
    db
      .select()
      .from(recordRetention)
      .all()
      .map((r) => [r.superviseeId, r]),
  );
  return listSupervisees(db, { search: '', status: 'any', archived: 'include' })
    .filter((s) => s.supervisionEnd)
    .map((s) => statusOf(s, rows.get(s.id), own, packYears(s.rulePack), today))
    .filter((r) => r.state === 'due' || r.state === 'due_soon')
    .sort((a, b) => a.keepUntil!.localeCompare(b.keepUntil!));
}

function upsert(db: Db, superviseeId: string, patch: Partial<Row>, now: Date): void {
  const ts = now.toISOString();
  const existing = rowOf(db, superviseeId);
  if (existing)
    db.update(recordRetention)
      .set({ ...patch, updatedAt: ts })
      .where(eq(recordRetention.id, existing.id))
      .run();
  else
    db.insert(recordRetention)
      .values({ id: randomUUID(), superviseeId, ...patch, createdAt: ts, updatedAt: ts })
      .run();
}

export function extendRetention(db: Db, superviseeId: string, until: string, reason: string, now = new Date()) {
  const today = localToday(now);
  const current = retentionOf(db, superviseeId, today);
  if (!current.keepUntil)
    throw new AppError('conflict', 'Their supervision has no end date yet, so there is no keep-until date to extend.');
  // Later than the date they are kept until now, and than today when that date has passed.
  const after = current.keepUntil > today ? current.keepUntil : today;
  if (until <= after)
    throw invalid(
      issue(
        'until',
        after === today
          ? `Choose a day after today (${today}): the records have been due since ${current.keepUntil}.`
          : `Choose a day after ${after}, the date the records are kept until now.`,
      ),
    );
  db.transaction((tx) => {
    upsert(tx, superviseeId, { extendedUntil: until, extensionReason: reason }, now);
    appendAudit(tx, 'retention_extended', { supervisee: superviseeId, until }, now);
  });
  return retentionOf(db, superviseeId, today);
}

export function setLegalHold(db: Db, superviseeId: string, reason: string | null, now = new Date()) {
  const current = retentionOf(db, superviseeId, localToday(now));
  if (reason !== null && current.hold) throw new AppError('conflict', 'A legal hold already stands on these records.');
  if (reason === null && !current.hold) throw new AppError('conflict', 'There is no legal hold on these records.');
  db.transaction((tx) => {
    upsert(tx, superviseeId, { holdSince: reason === null ? null : localToday(now), holdReason: reason ?? '' }, now);
    appendAudit(tx, reason === null ? 'legal_hold_lifted' : 'legal_hold_set', { supervisee: superviseeId }, now);
  });
  return retentionOf(db, superviseeId, localToday(now));
}
