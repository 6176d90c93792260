// Supervisees in the JSON export: the same fields and limits as one typed into the app.
import { z } from 'zod';
import { id } from '../../contract/common';
import { superviseeFields } from '../../contract/supervisees';
import { supervisees } from './tables';
import { isoTimestamp } from '../data-transfer/record-fields';
import { featureTransfer, transferList } from '../data-transfer/transfer-list';

const importedSupervisee = z
  .strictObject({
    id,
    ...superviseeFields,
    archivedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .refine((s) => !s.supervisionEnd || s.supervisionEnd >= s.supervisionStart, {
    message: 'The end date must be on or after the start date.',
    path: ['supervisionEnd'],
  });

export const superviseesTransfer = featureTransfer(
  [
    transferList({
      list: 'supervisees',
      table: supervisees,
      record: importedSupervisee,
      limit: 20_000,
      what: 'A supervisee',
      orderBy: supervisees.createdAt,
    }),
  ],
  {
    checks: (ctx) => ({
      // Supervision may be planned to start later, as in the app.
      supervisees: (s, at) => ctx.day(s.supervisionStart, `${at}.supervisionStart`, 'The start', true),
    }),
  },
);
