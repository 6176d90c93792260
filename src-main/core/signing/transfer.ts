// Signed periods in the JSON export, with the hash that was signed.
import { z } from 'zod';
import { id, isoDate } from '../../contract/common';
import { signedPeriods } from './tables';
import { isoTimestamp, sha256 } from '../data-transfer/record-fields';
import { featureTransfer, transferList } from '../data-transfer/transfer-list';

const importedPeriod = z
  .strictObject({
    id,
    superviseeId: id,
    periodStart: isoDate,
    periodEnd: isoDate,
    supervisorName: z.string().min(1).max(200),
    supervisorLicence: z.string().min(1).max(100),
    signedOn: isoDate,
    contentSha256: sha256,
    reopenedAt: isoTimestamp.nullable(),
    reopenReason: z.string().max(1000).nullable(),
    // Added after version 2 files were first written: older files have none.
    reopenedBy: z.string().max(200).nullable().default(null),
    createdAt: isoTimestamp,
  })
  .refine((p) => p.periodEnd >= p.periodStart, { message: 'The period ends before it starts.', path: ['periodEnd'] });

export const signingTransfer = featureTransfer(
  [
    transferList({
      list: 'signedPeriods',
      table: signedPeriods,
      record: importedPeriod,
      limit: 200_000,
      what: 'A signed period',
      orderBy: signedPeriods.periodStart,
    }),
  ],
  {
    checks: (ctx) => ({
      signedPeriods: (p, at) => ctx.needsPerson(`${at}.superviseeId`, p.superviseeId),
    }),
  },
);
