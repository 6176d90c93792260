// Alliance check-ins. Each part (goals, tasks, bond) is compared with the same respondent's recent
// average (up to the three check-ins before it): a fall of 2 points or more is a drop, flagged so a
// supervisor sees a relationship drifting before it breaks.
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { MAX_CHECKINS_PER_SESSION, type Checkin, type CheckinInput } from '../../contract/alliance';
import { localToday } from '../../contract/dates';
import { ALLIANCE_PARTS, type AlliancePart } from '../../contract/enums';
import { AppError, invalid, issue } from '../../contract/errors';
import { allianceCheckins } from './tables';
import { sessionRef } from '../sessions/session-ref';
import { countWhere } from '../../db/count';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

export const RECENT = 3;
export const DROP_POINTS = 2;

type Row = typeof allianceCheckins.$inferSelect;

// The parts of `current` that fell DROP_POINTS or more below the average of `recent`.
export function dropsAgainst(recent: Pick<Row, AlliancePart>[], current: Pick<Row, AlliancePart>): AlliancePart[] {
  if (!recent.length) return [];
  return ALLIANCE_PARTS.filter((p) => recent.reduce((s, r) => s + r[p], 0) / recent.length - current[p] >= DROP_POINTS);
}

// Oldest first; the order check-ins were given in decides what "recent" means.
export function listCheckins(db: Db, superviseeId: string): Checkin[] {
  getSupervisee(db, superviseeId);
  const rows = db
    .select()
    .from(allianceCheckins)
    .where(eq(allianceCheckins.superviseeId, superviseeId))
    .orderBy(asc(allianceCheckins.checkedOn), asc(allianceCheckins.createdAt))
    .all();
  const before = new Map<string, Row[]>();
  return rows.map((r) => {
    const mine = before.get(r.respondent) ?? [];
    const drops = dropsAgainst(mine.slice(-RECENT), r);
    before.set(r.respondent, [...mine, r]);
    return { ...r, drops };
  });
}

// For each of these check-ins, its drops against the same person's check-ins before it (as
// listCheckins orders them): the timeline's line for a check-in. One statement for a whole page.
export function checkinDropsMany(db: Db, ids: readonly string[]): Map<string, AlliancePart[]> {
  const out = new Map<string, AlliancePart[]>();
  if (!ids.length) return out;
  const rows = db.all<{ id: string; goals: number; tasks: number; bond: number; recent: string }>(sql`
    select c.id, c.goals, c.tasks, c.bond, (
      select json_group_array(json_object('goals', e.goals, 'tasks', e.tasks, 'bond', e.bond)) from (
        select b.goals, b.tasks, b.bond from alliance_checkins b
        where b.supervisee_id = c.supervisee_id and b.respondent = c.respondent and b.checked_on <= c.checked_on
          and (b.checked_on < c.checked_on or b.created_at < c.created_at)
        order by b.checked_on desc, b.created_at desc limit ${RECENT}) e) as recent
    from alliance_checkins c where c.id in (select value from json_each(${JSON.stringify(ids)}))`);
  for (const r of rows) out.set(r.id, dropsAgainst(JSON.parse(r.recent) as Pick<Row, AlliancePart>[], r));
  return out;
}

export function createCheckin(db: Db, input: CheckinInput, now = new Date()): Checkin {
  getSupervisee(db, input.superviseeId);
  if (input.checkedOn > localToday(now))
    throw invalid(issue('checkedOn', 'A check-in can’t be dated on a day that hasn’t happened yet.'));
  if (input.sessionId) {
    // A deleted session still counts as the supervisee's: its check-in comes back with it.
    if (sessionRef(db, input.sessionId, { deleted: true })?.superviseeId !== input.superviseeId)
      throw invalid(issue('sessionId', 'That session is not one of this supervisee’s.'));
    if (countWhere(db, allianceCheckins, eq(allianceCheckins.sessionId, input.sessionId)) >= MAX_CHECKINS_PER_SESSION)
      throw invalid(issue('sessionId', `At most ${MAX_CHECKINS_PER_SESSION} check-ins can belong to one session.`));
  }
  const id = randomUUID();
  db.insert(allianceCheckins)
    .values({ id, ...input, createdAt: now.toISOString() })
    .run();
  return listCheckins(db, input.superviseeId).find((c) => c.id === id)!;
}

export function deleteCheckin(db: Db, id: string): void {
  const gone = db.delete(allianceCheckins).where(eq(allianceCheckins.id, id)).run();
  if (!gone.changes) throw new AppError('not_found', 'That check-in was not found.');
}
