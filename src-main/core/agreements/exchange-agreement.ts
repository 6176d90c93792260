// The agreements feature's packets (docs/exchange.md): the supervisor sends the agreement in force to
// be countersigned, with the SHA-256 of its terms; the supervisee's countersignature comes back naming
// that version and hash, signed with their key. The supervisor's vault accepts a countersignature only
// for terms it holds exactly so, and shows it beside that version.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { agreementFields, type Agreement, type Countersignature } from '../../contract/agreements';
import { isoDate, text } from '../../contract/common';
import { addDays, localToday } from '../../contract/dates';
import { ENDING_STEPS, MEETING_FREQUENCIES, MEETING_FREQUENCY_LABELS } from '../../contract/enums';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { defineExchangeKind } from '../exchange/exchange-part';
import { requireIdentity } from '../exchange/identity';
import { receivedOfKind } from '../exchange/received';
import { agreementVersions } from './agreements';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const terms = z.strictObject({
  version: z.number().int().min(1).max(10_000),
  agreedOn: isoDate,
  frequency: z.enum(MEETING_FREQUENCIES),
  format: agreementFields.format,
  feedback: agreementFields.feedback,
  evaluationDates: z.array(isoDate).max(24),
  endsOn: isoDate.nullable(),
  endingSteps: z.array(z.enum(ENDING_STEPS)).max(ENDING_STEPS.length),
  endingPlan: agreementFields.endingPlan,
  reason: text(1000).nullable(),
});
type Terms = z.output<typeof terms>;

const termsOf = (a: Agreement): Terms => ({
  version: a.version,
  agreedOn: a.agreedOn,
  frequency: a.frequency,
  format: a.format,
  feedback: a.feedback,
  evaluationDates: a.evaluationDates,
  endsOn: a.endsOn,
  endingSteps: a.endingSteps,
  endingPlan: a.endingPlan,
  reason: a.reason,
});

// The hash both vaults work out alike: the terms' values in a fixed order, as JSON.
export const termsSha256 = (t: Terms): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        t.version,
        t.agreedOn,
        t.frequency,
        t.format,
        t.feedback,
        t.evaluationDates,
        t.endsOn,
        t.endingSteps,
        t.endingPlan,
        t.reason,
      ]),
    )
    .digest('hex');

export const agreementRecords = z.strictObject({ terms, sha256: sha });
type AgreementRecords = z.output<typeof agreementRecords>;

export const agreementKind = defineExchangeKind({
  kind: 'agreement',
  label: 'agreement to countersign',
  records: agreementRecords,
  build: (db, superviseeId): AgreementRecords => {
    const current = agreementVersions(db, superviseeId)[0];
    if (!current) throw new AppError('not_found', 'No agreement is written yet: write it on their page first.');
    const t = termsOf(current);
    return { terms: t, sha256: termsSha256(t) };
  },
  check: (_db, _id, r: AgreementRecords) => {
    if (termsSha256(r.terms) !== r.sha256)
      throw new AppError('validation', 'The agreement’s hash does not match its terms. Nothing was added.');
  },
  preview: ({ terms: t, sha256 }: AgreementRecords) => [
    `The supervision agreement, version ${t.version}, agreed on ${t.agreedOn}, to countersign.`,
    `Meets: ${MEETING_FREQUENCY_LABELS[t.frequency]}${t.format ? `: ${t.format}` : ''}.`,
    ...(t.feedback ? [`Feedback: ${t.feedback}`] : []),
    ...(t.evaluationDates.length ? [`Evaluations: ${t.evaluationDates.join(', ')}.`] : []),
    ...(t.endsOn ? [`Formal supervision ends ${t.endsOn}.`] : []),
    ...(t.endingPlan ? [`When it ends: ${t.endingPlan}`] : []),
    `SHA-256 of these terms: ${sha256}`,
    'To countersign, send “Countersignature of the agreement” back.',
  ],
});

export const countersignRecords = z.strictObject({
  version: z.number().int().min(1).max(10_000),
  sha256: sha,
  countersignedOn: isoDate,
  name: text(120).min(1),
});
type CountersignRecords = z.output<typeof countersignRecords>;

export const countersignatureKind = defineExchangeKind({
  kind: 'countersignature',
  label: 'countersignature of the agreement',
  records: countersignRecords,
  // The newest agreement received from the supervisor, countersigned today under the card's name.
  build: (db, superviseeId): CountersignRecords => {
    const latest = receivedOfKind(db, superviseeId, 'agreement')[0];
    if (!latest) throw new AppError('not_found', 'Your supervisor has not sent the agreement to countersign.');
    const { terms: t, sha256 } = agreementRecords.parse(latest.records);
    return { version: t.version, sha256, countersignedOn: localToday(), name: requireIdentity(db).name };
  },
  check: (db, superviseeId, r: CountersignRecords) => {
    const held = agreementVersions(db, superviseeId).find((a) => a.version === r.version);
    if (!held || termsSha256(termsOf(held)) !== r.sha256)
      throw new AppError(
        'validation',
        `This countersigns version ${r.version} of the agreement as it was sent, but your vault does not hold ` +
          'those terms. Nothing was added.',
      );
    if (r.countersignedOn > addDays(localToday(), 1))
      throw new AppError('validation', 'This countersignature is dated on a day that has not happened yet.');
  },
  preview: (r: CountersignRecords) => [
    `${r.name} countersigned version ${r.version} of the agreement on ${r.countersignedOn}.`,
    `SHA-256 of the terms they signed: ${r.sha256}`,
  ],
});

// The countersignatures received for this supervision's agreement, newest first.
export function countersignatures(db: Db, superviseeId: string): Countersignature[] {
  return receivedOfKind(db, superviseeId, 'countersignature').flatMap((p) => {
    const r = countersignRecords.safeParse(p.records);
    return r.success ? [{ ...r.data, receivedAt: p.at }] : [];
  });
}
