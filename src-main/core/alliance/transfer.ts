// The constellation, alliance check-ins and feedback received in the JSON export, with the fields
// and limits of ones typed into the app.
import { z } from 'zod';
import { id, isoDate, text } from '../../contract/common';
import { checkinInput, MAX_CHECKINS_PER_SESSION } from '../../contract/alliance';
import { perParentCap } from '../data-transfer/per-parent';
import { CONSTELLATION_ROLES, FEEDBACK_SOURCES } from '../../contract/enums';
import { allianceCheckins, constellationMembers, feedbackReceived } from './tables';
import { isoTimestamp } from '../data-transfer/record-fields';
import { featureTransfer, transferList } from '../data-transfer/transfer-list';

const importedMember = z.strictObject({
  id,
  superviseeId: id,
  name: z.string().trim().min(1).max(120),
  role: z.enum(CONSTELLATION_ROLES),
  covers: text(1000),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const importedCheckin = z.strictObject({
  id,
  ...checkinInput.shape,
  sessionId: id.nullable(),
  createdAt: isoTimestamp,
});

const importedFeedback = z.strictObject({
  id,
  superviseeId: id,
  receivedOn: isoDate,
  source: z.enum(FEEDBACK_SOURCES),
  feedback: z.string().trim().min(1).max(4000),
  changed: text(4000),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const allianceTransfer = featureTransfer(
  [
    transferList({
      list: 'constellationMembers',
      table: constellationMembers,
      record: importedMember,
      limit: 200_000,
      what: 'A constellation member',
    }),
    transferList({
      list: 'allianceCheckins',
      table: allianceCheckins,
      record: importedCheckin,
      limit: 400_000,
      what: 'An alliance check-in',
    }),
    transferList({
      list: 'feedbackReceived',
      table: feedbackReceived,
      record: importedFeedback,
      limit: 400_000,
      what: 'A feedback record',
    }),
  ],
  {
    checks: (ctx) => {
      const checkinsPerSession = perParentCap(
        ctx,
        MAX_CHECKINS_PER_SESSION,
        `At most ${MAX_CHECKINS_PER_SESSION} check-ins can belong to one session`,
      );
      return {
        constellationMembers: (m, at) => ctx.needsPerson(`${at}.superviseeId`, m.superviseeId),
        allianceCheckins: (c, at) => {
          ctx.needsPerson(`${at}.superviseeId`, c.superviseeId);
          ctx.day(c.checkedOn, `${at}.checkedOn`, 'The check-in date');
          checkinsPerSession(c.sessionId, at, 'sessionId');
          if (c.sessionId !== null)
            ctx.belongs('sessions', c.sessionId, c.superviseeId, at, 'sessionId', {
              missing: 'No session with this id in the file or the vault.',
              other: 'This check-in is about a session of another supervisee.',
              inVault: true,
            });
        },
        feedbackReceived: (f, at) => {
          ctx.needsPerson(`${at}.superviseeId`, f.superviseeId);
          ctx.day(f.receivedOn, `${at}.receivedOn`, 'The date received');
        },
      };
    },
  },
);
