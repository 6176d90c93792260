// The alliance feature's packet (docs/exchange.md): the supervisee's side of the working alliance for
// a period, the check-ins they recorded from their side and the feedback they gave on supervision.
// The supervisor's vault keeps them as the supervisee's check-ins and feedback from the supervisee,
// so both views of the alliance sit on one chart and a drop on either side is flagged.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { slider } from '../../contract/alliance';
import { isoDate, text } from '../../contract/common';
import { addDays, localToday } from '../../contract/dates';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { defineExchangeKind, type Period } from '../exchange/exchange-part';
import { holdsRow } from '../exchange/holds-row';
import { listCheckins } from './checkins';
import { listFeedback } from './feedback';
import { allianceCheckins, feedbackReceived } from './tables';

const checkinRecord = z.strictObject({
  checkedOn: isoDate,
  goals: slider,
  tasks: slider,
  bond: slider,
  comment: text(2000),
});
const feedbackRecord = z.strictObject({ givenOn: isoDate, feedback: text(4000).min(1) });
export const allianceRecords = z
  .strictObject({
    checkins: z.array(checkinRecord).max(500),
    feedback: z.array(feedbackRecord).max(500),
  })
  .refine((r) => r.checkins.length + r.feedback.length > 0, {
    message: 'Nothing of yours is recorded in those days: no check-in from your side and no feedback.',
  });
type AllianceRecords = z.output<typeof allianceRecords>;

const within = (day: string, p: Period) => day >= p.from && day <= p.to;

// In the supervisor's vault: kept already (the same packet's content sent again)?
const checkinKept = (db: Db, superviseeId: string, c: AllianceRecords['checkins'][number]) =>
  holdsRow(db, allianceCheckins, {
    superviseeId,
    respondent: 'supervisee',
    checkedOn: c.checkedOn,
    goals: c.goals,
    tasks: c.tasks,
    bond: c.bond,
    comment: c.comment,
  });
const feedbackKept = (db: Db, superviseeId: string, f: AllianceRecords['feedback'][number]) =>
  holdsRow(db, feedbackReceived, { superviseeId, source: 'supervisee', receivedOn: f.givenOn, feedback: f.feedback });

export const allianceKind = defineExchangeKind({
  kind: 'alliance',
  label: 'check-ins and feedback',
  records: allianceRecords,
  // In the supervisee's vault, their check-ins are those recorded as their view, and their feedback on
  // supervision is what is recorded as coming from the supervisee.
  build: (db, superviseeId, period): AllianceRecords => ({
    checkins: listCheckins(db, superviseeId)
      .filter((c) => c.respondent === 'supervisee' && within(c.checkedOn, period!))
      .map((c) => ({ checkedOn: c.checkedOn, goals: c.goals, tasks: c.tasks, bond: c.bond, comment: c.comment })),
    feedback: listFeedback(db, superviseeId)
      .filter((f) => f.source === 'supervisee' && within(f.receivedOn, period!))
      .reverse()
      .map((f) => ({ givenOn: f.receivedOn, feedback: f.feedback })),
  }),
  check: (_db, _id, r: AllianceRecords, period) => {
    const days = [...r.checkins.map((c) => c.checkedOn), ...r.feedback.map((f) => f.givenOn)];
    if (days.some((d) => !within(d, period!)))
      throw new AppError('validation', 'This packet holds check-ins or feedback outside the period it says it covers.');
    // A day ahead is allowed: the two may live a time zone apart.
    if (days.some((d) => d > addDays(localToday(), 1)))
      throw new AppError('validation', 'This packet holds a day that has not happened yet. Nothing was added.');
  },
  preview: (r: AllianceRecords) => [
    `${r.checkins.length} check-in${r.checkins.length === 1 ? '' : 's'} from their side and ` +
      `${r.feedback.length} piece${r.feedback.length === 1 ? '' : 's'} of feedback on supervision.`,
    ...r.checkins.map((c) => {
      const said = c.comment ? `: ${c.comment}` : '';
      return `Check-in ${c.checkedOn}: goals ${c.goals}, tasks ${c.tasks}, bond ${c.bond}${said}`;
    }),
    ...r.feedback.map((f) => `Feedback ${f.givenOn}: ${f.feedback}`),
  ],
  onOpening: (db, superviseeId, r: AllianceRecords) => {
    const kept =
      r.checkins.filter((c) => checkinKept(db, superviseeId, c)).length +
      r.feedback.filter((f) => feedbackKept(db, superviseeId, f)).length;
    return [
      kept === 1
        ? 'One of these is already in your vault and left as it is.'
        : kept
          ? `${kept} of these are already in your vault and left as they are.`
          : 'Each is added to the alliance on their page, as the supervisee’s view.',
    ];
  },
  apply: (db, superviseeId, r: AllianceRecords) => {
    const at = new Date().toISOString();
    const checkins = r.checkins
      .filter((c) => !checkinKept(db, superviseeId, c))
      .map((c) => ({
        id: randomUUID(),
        superviseeId,
        sessionId: null,
        respondent: 'supervisee' as const,
        ...c,
        createdAt: at,
      }));
    const feedback = r.feedback
      .filter((f) => !feedbackKept(db, superviseeId, f))
      .map((f) => ({
        id: randomUUID(),
        superviseeId,
        receivedOn: f.givenOn,
        source: 'supervisee' as const,
        feedback: f.feedback,
        changed: '',
        createdAt: at,
        updatedAt: at,
      }));
    if (checkins.length) db.insert(allianceCheckins).values(checkins).run();
    if (feedback.length) db.insert(feedbackReceived).values(feedback).run();
  },
});
