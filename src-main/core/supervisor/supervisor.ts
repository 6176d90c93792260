// The supervisor's own records and what falls due: licences expiring, training short of what the
// board asks, the next self-assessment, and across the caseload the agreements ending, evaluations
// and the forms owed after a supervision ends, within the next 60 days.
import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { addDays } from '../../contract/dates';
import { AppError } from '../../contract/errors';
import { round2 } from '../../contract/numbers';
import type { DueItem, SupervisorPage } from '../../contract/supervisor';
import type { licenceFields, selfAssessmentFields, trainingFields } from '../../contract/supervisor';
import type { z } from 'zod';
import type { Db } from '../../db/vault';
import { newestAgreements } from '../agreements/agreements';
import { listSupervisees } from '../supervisees/supervisees';
import { supervisorLicences, supervisorSelfAssessments, supervisorTraining } from './tables';

export const DUE_WITHIN_DAYS = 60;
// Training for a renewal takes time to find: its shortfall is said this long before the licence expires.
const TRAINING_NOTICE_DAYS = 180;
// Forms after a supervision ends (a final evaluation, the board's verification) are due within this.
const FORMS_AFTER_END_DAYS = 30;

export function supervisorPage(db: Db, today: string): SupervisorPage {
  const training = db.select().from(supervisorTraining).orderBy(desc(supervisorTraining.happenedOn)).all();
  const total = training.reduce((n, t) => n + t.hours, 0);
  const licences = db
    .select()
    .from(supervisorLicences)
    .orderBy(supervisorLicences.expiresOn)
    .all()
    .map((l) => ({
      ...l,
      trainingTotal: round2(total),
      trainingThisRenewal: round2(
        training
          .filter((t) => (!l.renewedOn || t.happenedOn >= l.renewedOn) && (!l.expiresOn || t.happenedOn <= l.expiresOn))
          .reduce((n, t) => n + t.hours, 0),
      ),
    }));
  const selfAssessments = db
    .select({
      id: supervisorSelfAssessments.id,
      doneOn: supervisorSelfAssessments.doneOn,
      nextDueOn: supervisorSelfAssessments.nextDueOn,
    })
    .from(supervisorSelfAssessments)
    .orderBy(desc(supervisorSelfAssessments.doneOn))
    .all();

  const horizon = addDays(today, DUE_WITHIN_DAYS);
  const due: DueItem[] = [];
  const add = (kind: DueItem['kind'], on: string, what: string, superviseeId: string | null = null) =>
    due.push({ kind, on, what, superviseeId });
  for (const l of licences) {
    const name = [l.title, l.number].filter(Boolean).join(' ');
    if (l.expiresOn && l.expiresOn <= horizon)
      add('licence', l.expiresOn, `${name} ${l.expiresOn < today ? 'expired' : 'expires'} on ${l.expiresOn}.`);
    if (
      l.trainingPerRenewalHours > l.trainingThisRenewal &&
      l.expiresOn &&
      l.expiresOn <= addDays(today, TRAINING_NOTICE_DAYS)
    )
      add(
        'training',
        l.expiresOn,
        `${l.trainingThisRenewal} of ${l.trainingPerRenewalHours} hours of supervision training for renewing ${name}.`,
      );
    if (l.trainingBeforeHours > l.trainingTotal)
      add(
        'training',
        today,
        `${l.trainingTotal} of ${l.trainingBeforeHours} hours of supervision training ` +
          `before supervising under ${name}.`,
      );
  }
  const nextSelf = selfAssessments[0]?.nextDueOn;
  if (nextSelf && nextSelf <= horizon)
    add('self_assessment', nextSelf, `Your supervisor self-assessment is due on ${nextSelf}.`);

  const people = listSupervisees(db, { search: '', status: 'any', archived: 'exclude' });
  const agreed = newestAgreements(db);
  for (const p of people) {
    const a = agreed.get(p.id);
    if (p.status === 'active' && a) {
      if (a.endsOn && a.endsOn >= today && a.endsOn <= horizon)
        add('agreement_ends', a.endsOn, `${p.fullName}: the supervision agreement ends on ${a.endsOn}.`, p.id);
      for (const e of a.evaluationDates)
        if (e >= today && e <= horizon) add('evaluation', e, `${p.fullName}: evaluation on ${e}.`, p.id);
    }
    const end = p.supervisionEnd;
    if (end && end <= horizon && addDays(end, FORMS_AFTER_END_DAYS) >= today) {
      const by = addDays(end, FORMS_AFTER_END_DAYS);
      add(
        'forms_after_end',
        by,
        `${p.fullName}: supervision ends on ${end}; the final evaluation and the board's verification ` +
          `are due by ${by}.`,
        p.id,
      );
    }
  }
  due.sort((x, y) => x.on.localeCompare(y.on) || x.what.localeCompare(y.what));
  return {
    licences,
    training: training.map(({ createdAt: _c, ...t }) => t),
    selfAssessments,
    due,
  };
}

export function saveLicence(
  db: Db,
  id: string | null,
  l: z.output<typeof licenceFields>,
  now = new Date(),
): { id: string } {
  const ts = now.toISOString();
  if (id) {
    const r = db
      .update(supervisorLicences)
      .set({ ...l, updatedAt: ts })
      .where(eq(supervisorLicences.id, id))
      .run();
    if (!r.changes) throw new AppError('not_found', 'That licence was not found.');
    return { id };
  }
  const fresh = randomUUID();
  db.insert(supervisorLicences)
    .values({ id: fresh, ...l, createdAt: ts, updatedAt: ts })
    .run();
  return { id: fresh };
}

export function deleteLicence(db: Db, id: string): { done: true } {
  const r = db.delete(supervisorLicences).where(eq(supervisorLicences.id, id)).run();
  if (!r.changes) throw new AppError('not_found', 'That licence was not found.');
  return { done: true };
}

export function addTraining(db: Db, t: z.output<typeof trainingFields>, now = new Date()): { id: string } {
  const id = randomUUID();
  db.insert(supervisorTraining)
    .values({ id, ...t, createdAt: now.toISOString() })
    .run();
  return { id };
}

export function deleteTraining(db: Db, id: string): { done: true } {
  const r = db.delete(supervisorTraining).where(eq(supervisorTraining.id, id)).run();
  if (!r.changes) throw new AppError('not_found', 'That training entry was not found.');
  return { done: true };
}

export function recordSelfAssessment(
  db: Db,
  s: z.output<typeof selfAssessmentFields>,
  now = new Date(),
): { id: string } {
  const id = randomUUID();
  db.insert(supervisorSelfAssessments)
    .values({ id, ...s, createdAt: now.toISOString() })
    .run();
  return { id };
}

// Kept for the week's reminders: only the items due within a week or overdue.
export function dueSoon(db: Db, today: string, days: number): DueItem[] {
  return supervisorPage(db, today).due.filter((d) => d.on <= addDays(today, days));
}
