// Signing a period of a supervisee's log. The SHA-256 covers a canonical JSON of everything in the
// period that a board reads (sessions and client hours, without edit timestamps), so the hash in an
// export can be checked against the vault later. While a period is signed, nothing dated inside it
// can be added, changed or deleted; reopening needs a reason and is recorded.
import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { AppError, invalid, issue } from '../../contract/errors';
import { signedPeriods } from './tables';
import { loggedBetween } from '../sessions/logged-between';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { localToday } from '../../contract/dates';
import type { SignRequest } from '../../contract/signing';
import { getSupervisee } from '../supervisees/supervisees';
import { reconcile } from '../sessions/reconcile';

type PeriodRow = typeof signedPeriods.$inferSelect;
export type SignedPeriodView = PeriodRow & { status: 'signed' | 'reopened'; intact: boolean };

// What a signature covers; the key order is part of the hash.
export function periodContent(db: Db, superviseeId: string, from: string, to: string) {
  return { superviseeId, from, to, ...loggedBetween(db, superviseeId, from, to) };
}

export function periodSha256(db: Db, superviseeId: string, from: string, to: string): string {
  return createHash('sha256')
    .update(JSON.stringify(periodContent(db, superviseeId, from, to)))
    .digest('hex');
}

function view(db: Db, p: PeriodRow): SignedPeriodView {
  return {
    ...p,
    status: p.reopenedAt ? 'reopened' : 'signed',
    intact: periodSha256(db, p.superviseeId, p.periodStart, p.periodEnd) === p.contentSha256,
  };
}

export function listPeriods(db: Db, superviseeId: string): SignedPeriodView[] {
  return db
    .select()
    .from(signedPeriods)
    .where(eq(signedPeriods.superviseeId, superviseeId))
    .orderBy(asc(signedPeriods.periodStart))
    .all()
    .map((p) => view(db, p));
}

function activeOverlapping(db: Db, superviseeId: string, from: string, to: string): PeriodRow | undefined {
  return db
    .select()
    .from(signedPeriods)
    .where(
      and(
        eq(signedPeriods.superviseeId, superviseeId),
        isNull(signedPeriods.reopenedAt),
        lte(signedPeriods.periodStart, to),
        gte(signedPeriods.periodEnd, from),
      ),
    )
    .get();
}

// Called before any change to a supervisee's log that touches the days from..to.
export function assertUnsigned(db: Db, superviseeId: string, from: string, to = from): void {
  const p = activeOverlapping(db, superviseeId, from, to);
  if (p) throw new AppError('conflict', signedRefusal(p));
}

export const signedRefusal = (p: { periodStart: string; periodEnd: string }) =>
  `That falls in the signed period ${p.periodStart} to ${p.periodEnd}. Reopen it first (a reason is recorded).`;

// Every period signed and not reopened, by supervisee: for checking many records at once.
export function activePeriods(db: Db): Map<string, { periodStart: string; periodEnd: string }[]> {
  const out = new Map<string, { periodStart: string; periodEnd: string }[]>();
  for (const p of db.select().from(signedPeriods).where(isNull(signedPeriods.reopenedAt)).all())
    out.set(p.superviseeId, [...(out.get(p.superviseeId) ?? []), p]);
  return out;
}

export function signPeriod(db: Db, input: SignRequest, now = new Date()): SignedPeriodView {
  getSupervisee(db, input.superviseeId);
  if (input.to > localToday(now)) throw invalid(issue('to', "A period can't be signed before it has ended."));
  if (input.signedOn < input.to)
    throw invalid(issue('signedOn', 'The signing date is on or after the end of the period.'));
  if (input.signedOn > localToday(now)) throw invalid(issue('signedOn', "The signing date can't be in the future."));
  const clash = activeOverlapping(db, input.superviseeId, input.from, input.to);
  if (clash)
    throw new AppError('conflict', `That overlaps the signed period ${clash.periodStart} to ${clash.periodEnd}.`);
  const open = reconcile(db, input.superviseeId, { from: input.from, to: input.to }).open;
  if (open)
    throw new AppError(
      'conflict',
      `${open} ${open === 1 ? 'line differs' : 'lines differ'} from the supervisee's own log for this period and ` +
        `${open === 1 ? 'is' : 'are'} not settled. Accept, keep or query each one on the reconciliation first.`,
    );
  const row: PeriodRow = {
    id: randomUUID(),
    superviseeId: input.superviseeId,
    periodStart: input.from,
    periodEnd: input.to,
    supervisorName: input.supervisorName,
    supervisorLicence: input.supervisorLicence,
    signedOn: input.signedOn,
    contentSha256: periodSha256(db, input.superviseeId, input.from, input.to),
    reopenedAt: null,
    reopenReason: null,
    reopenedBy: null,
    createdAt: now.toISOString(),
  };
  db.transaction((tx) => {
    tx.insert(signedPeriods).values(row).run();
    appendAudit(tx, 'period_signed', { from: row.periodStart, to: row.periodEnd, sha256: row.contentSha256 }, now);
  });
  return view(db, row);
}

export function reopenPeriod(
  db: Db,
  id: string,
  reason: string,
  reopenedBy: string,
  now = new Date(),
): SignedPeriodView {
  const p = db.select().from(signedPeriods).where(eq(signedPeriods.id, id)).get();
  if (!p) throw new AppError('not_found', 'That signed period was not found.');
  if (p.reopenedAt) throw new AppError('conflict', 'That period is already reopened.');
  db.transaction((tx) => {
    tx.update(signedPeriods)
      .set({ reopenedAt: now.toISOString(), reopenReason: reason, reopenedBy })
      .where(eq(signedPeriods.id, id))
      .run();
    // The reason may be clinical in nature, so the audit trail records only that one was given.
    appendAudit(
      tx,
      'period_reopened',
      { from: p.periodStart, to: p.periodEnd, sha256: p.contentSha256, reasonLength: reason.length },
      now,
    );
  });
  return view(db, db.select().from(signedPeriods).where(eq(signedPeriods.id, id)).get()!);
}

// For exports: the signed period (if any) a date falls in.
export function signatureFor(periods: SignedPeriodView[], date: string): SignedPeriodView | undefined {
  return periods.find((p) => p.status === 'signed' && p.periodStart <= date && date <= p.periodEnd);
}
