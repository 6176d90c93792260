// Sessions and their client-contact hours in the JSON export: the same fields and rules as a
// session typed into the app (contract/sessions.ts), plus each record's own id and timestamps.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { id, isoDate } from '../../contract/common';
import { DIRECT_ACTIVITIES, HELD } from '../../contract/enums';
import { hoursPeriodProblem } from '../../contract/record-rules';
import {
  activityRule,
  groupRule,
  hoursAmount,
  hoursKind,
  MAX_HOURS_PER_SESSION,
  NOT_HELD_HOURS,
  sessionRecordFields,
} from '../../contract/sessions';
import { clientHours, supervisionSessions } from './tables';
import { isoTimestamp } from '../data-transfer/record-fields';
import { dayNumber, dayOfNumber, IdMap } from '../data-transfer/id-map';
import { featureTransfer, transferList, type ImportProblem } from '../data-transfer/transfer-list';
import { activePeriods, signedRefusal } from '../signing/signing';

// A session's hours travel separately, as clientHours.
const importedSession = z
  .strictObject({
    id,
    superviseeId: id,
    ...sessionRecordFields,
    deletedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .superRefine(groupRule);

const importedHours = z
  .strictObject({
    id,
    superviseeId: id,
    sessionId: id.nullable(),
    periodStart: isoDate,
    periodEnd: isoDate,
    kind: hoursKind,
    activity: z.enum(DIRECT_ACTIVITIES).nullable(),
    hours: hoursAmount,
    createdAt: isoTimestamp,
  })
  .refine((h) => h.periodEnd >= h.periodStart, { message: 'The period ends before it starts.', path: ['periodEnd'] })
  .refine(activityRule.check, activityRule.params);

export const sessionsTransfer = featureTransfer(
  [
    transferList({
      list: 'sessions',
      table: supervisionSessions,
      record: importedSession,
      limit: 2_000_000,
      what: 'A session',
      orderBy: supervisionSessions.date,
      referenced: true,
    }),
    transferList({
      list: 'clientHours',
      table: clientHours,
      record: importedHours,
      limit: 6_000_000,
      what: 'An hours entry',
      orderBy: clientHours.periodEnd,
    }),
  ],
  {
    checks: (ctx) => {
      // Each session's day, as a number (id-map.ts keeps half a million ids in little memory).
      const sessionDay = new IdMap();
      // Sessions in the file that did not take place: hours logged with one are refused, as in the app.
      const notHeld = new IdMap();
      const hoursPerSession = new IdMap();
      const sessionDate = (sessionId: string) => {
        const n = sessionDay.get(sessionId);
        return n === undefined ? undefined : dayOfNumber(n);
      };
      const vaultSessionDate = ctx.db
        .select({ date: supervisionSessions.date })
        .from(supervisionSessions)
        .where(eq(supervisionSessions.id, sql.placeholder('id')))
        .prepare();
      // The vault's own signed periods, read once; the file's come with their records.
      const signed = activePeriods(ctx.db);
      const unsigned = (superviseeId: string, from: string, to: string, location: string) => {
        const p = signed.get(superviseeId)?.find((x) => x.periodStart <= to && from <= x.periodEnd);
        if (p) ctx.problem(location, signedRefusal(p));
      };
      return {
        sessions: (s, at) => {
          ctx.needsPerson(`${at}.superviseeId`, s.superviseeId);
          sessionDay.set(s.id, dayNumber(s.date));
          if (!HELD.includes(s.attendance)) notHeld.set(s.id, 1);
          ctx.day(s.date, `${at}.date`, 'The session date');
          unsigned(s.superviseeId, s.date, s.date, `${at}.date`);
        },
        clientHours: (h, at) => {
          ctx.needsPerson(`${at}.superviseeId`, h.superviseeId);
          const sessionId = h.sessionId;
          if (sessionId !== null)
            ctx.belongs('sessions', sessionId, h.superviseeId, at, 'sessionId', {
              missing: 'No session with this id in the file.',
              other: 'These hours belong to a session of another supervisee.',
            });
          ctx.day(h.periodStart, `${at}.periodStart`, 'The period');
          unsigned(h.superviseeId, h.periodStart, h.periodEnd, `${at}.periodStart`);
          if (sessionId === null) return ctx.ruled(at, hoursPeriodProblem(h, null));
          if (notHeld.has(sessionId)) ctx.problem(`${at}.sessionId`, NOT_HELD_HOURS);
          const lines = (hoursPerSession.get(sessionId) ?? 0) + 1;
          hoursPerSession.set(sessionId, lines);
          if (lines === MAX_HOURS_PER_SESSION + 1)
            ctx.problem(
              `${at}.sessionId`,
              `At most ${MAX_HOURS_PER_SESSION} lines of hours on one session, as in the app.`,
            );
          // Hours fall on their session's day; the session may come later in a hand-made file.
          const known = sessionDate(sessionId);
          if (known !== undefined) return ctx.ruled(at, hoursPeriodProblem(h, known));
          ctx.later((): ImportProblem | null => {
            const date = sessionDate(sessionId) ?? vaultSessionDate.get({ id: sessionId })?.date;
            const p = date === undefined ? null : hoursPeriodProblem(h, date);
            return p && { location: `${at}.${p.field}`, message: p.message };
          });
        },
      };
    },
  },
);
