// The retention decisions in the JSON export: an extension with its reason, a legal hold.
import { z } from 'zod';
import { id, isoDate, text } from '../../contract/common';
import { isoTimestamp } from '../data-transfer/record-fields';
import { featureTransfer, transferList } from '../data-transfer/transfer-list';
import { recordRetention } from './tables';

const importedRetention = z.strictObject({
  id,
  superviseeId: id,
  extendedUntil: isoDate.nullable(),
  extensionReason: text(500),
  holdSince: isoDate.nullable(),
  holdReason: text(500),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const retentionTransfer = featureTransfer(
  [
    transferList({
      list: 'recordRetention',
      table: recordRetention,
      record: importedRetention,
      limit: 100_000,
      what: 'A retention decision',
    }),
  ],
  {
    checks: (ctx) => ({
      recordRetention: (r, at) => {
        ctx.needsPerson(`${at}.superviseeId`, r.superviseeId);
        if (r.holdSince) ctx.day(r.holdSince, `${at}.holdSince`, 'The day the hold was placed');
      },
    }),
  },
);
