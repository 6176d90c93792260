// The signing feature's packet: a receipt for a signed period, sent back to the supervisee so both
// hold the same signed record (its SHA-256, who signed and when), with the supervisor's signature.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { isoDate, text } from '../../contract/common';
import { AppError } from '../../contract/errors';
import { defineExchangeKind } from '../exchange/exchange-part';
import { latestReceived } from '../exchange/received';
import { signedPeriods } from './tables';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
export const receiptRecords = z.strictObject({
  periodStart: isoDate,
  periodEnd: isoDate,
  signedOn: isoDate,
  supervisorName: text(200),
  supervisorLicence: text(200),
  contentSha256: sha,
  // The hash of the supervisee's own hours packet the period was reconciled against, if any.
  reconciledWith: sha.nullable(),
});
export type Receipt = z.output<typeof receiptRecords>;

export const receiptKind = defineExchangeKind({
  kind: 'receipt',
  label: 'receipt for a signed period',
  records: receiptRecords,
  build: (db, superviseeId, period): Receipt => {
    const p = db
      .select()
      .from(signedPeriods)
      .where(
        and(
          eq(signedPeriods.superviseeId, superviseeId),
          eq(signedPeriods.periodStart, period!.from),
          eq(signedPeriods.periodEnd, period!.to),
          isNull(signedPeriods.reopenedAt),
        ),
      )
      .get();
    if (!p) throw new AppError('not_found', 'No signed period runs exactly over those days: sign it first.');
    return {
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      signedOn: p.signedOn,
      supervisorName: p.supervisorName,
      supervisorLicence: p.supervisorLicence,
      contentSha256: p.contentSha256,
      reconciledWith: latestReceived(db, superviseeId, 'hours', period!)?.hash ?? null,
    };
  },
  check: (_db, _id, r: Receipt, period) => {
    if (r.periodStart !== period!.from || r.periodEnd !== period!.to)
      throw new AppError('validation', 'This receipt names other days than the period it says it covers.');
  },
  preview: (r: Receipt) => [
    `A receipt: ${r.supervisorName} signed ${r.periodStart} to ${r.periodEnd} on ${r.signedOn}.`,
    `SHA-256 of the signed log: ${r.contentSha256}`,
  ],
});
