// The supervisor's own records in the JSON export, with the fields and limits of ones typed into the app.
import { z } from 'zod';
import { id } from '../../contract/common';
import { selfAssessmentFields, trainingFields } from '../../contract/supervisor';
import { licenceFields } from '../../contract/supervisor';
import { isoTimestamp } from '../data-transfer/record-fields';
import { featureTransfer, transferList } from '../data-transfer/transfer-list';
import { supervisorLicences, supervisorSelfAssessments, supervisorTraining } from './tables';

const importedLicence = z
  .strictObject({ id, ...licenceFields.shape, createdAt: isoTimestamp, updatedAt: isoTimestamp })
  .refine((l) => !l.renewedOn || !l.expiresOn || l.renewedOn < l.expiresOn, {
    message: 'The licence expires before it was renewed.',
    path: ['expiresOn'],
  });
const importedTraining = z.strictObject({ id, ...trainingFields.shape, createdAt: isoTimestamp });
const importedSelfAssessment = z
  .strictObject({ id, ...selfAssessmentFields.shape, createdAt: isoTimestamp })
  .refine((s) => !s.nextDueOn || s.nextDueOn > s.doneOn, {
    message: 'The next one is due after this one.',
    path: ['nextDueOn'],
  });

export const supervisorTransfer = featureTransfer(
  [
    transferList({
      list: 'supervisorLicences',
      table: supervisorLicences,
      record: importedLicence,
      limit: 100,
      what: 'A licence',
    }),
    transferList({
      list: 'supervisorTraining',
      table: supervisorTraining,
      record: importedTraining,
      limit: 10_000,
      what: 'A training entry',
    }),
    transferList({
      list: 'supervisorSelfAssessments',
      table: supervisorSelfAssessments,
      record: importedSelfAssessment,
      limit: 1_000,
      what: 'A self-assessment',
    }),
  ],
  {
    checks: (ctx) => ({
      supervisorTraining: (t, at) => ctx.day(t.happenedOn, `${at}.happenedOn`, 'The training date'),
      supervisorSelfAssessments: (s, at) => ctx.day(s.doneOn, `${at}.doneOn`, 'The self-assessment date'),
    }),
  },
);
