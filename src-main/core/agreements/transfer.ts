// Agreements (every version), goals and goal reviews in the JSON export, with the fields and limits
// of ones typed into the app.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { id, isoDate, text } from '../../contract/common';
import { agreementFields, goalFields, MAX_REVIEWS_PER_GOAL } from '../../contract/agreements';
import { GOAL_STATUSES } from '../../contract/enums';
import { agreementDatesProblem, goalReviewProblem } from '../../contract/record-rules';
import { agreements, goalReviews, goals } from './tables';
import { isoTimestamp, localDayOf } from '../data-transfer/record-fields';
import { perParentCap } from '../data-transfer/per-parent';
import { featureTransfer, transferList } from '../data-transfer/transfer-list';

const importedAgreement = z
  .strictObject({
    id,
    superviseeId: id,
    version: z.number().int().min(1),
    ...agreementFields,
    reason: text(1000).nullable(),
    // Since version 6; earlier files take the local day of createdAt.
    agreedOn: isoDate.optional(),
    createdAt: isoTimestamp,
  })
  .refine((a) => a.version === 1 || !!a.reason, { message: 'An amended version needs its reason.', path: ['reason'] })
  .transform(({ agreedOn, ...a }) => ({ ...a, agreedOn: agreedOn ?? localDayOf(a.createdAt) }));

const importedGoal = z
  .strictObject({
    id,
    superviseeId: id,
    ...goalFields,
    status: z.enum(GOAL_STATUSES),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .transform(({ setOn, ...g }) => ({ ...g, setOn: setOn ?? localDayOf(g.createdAt) }));

const importedGoalReview = z.strictObject({
  id,
  goalId: id,
  superviseeId: id,
  reviewedOn: isoDate,
  status: z.enum(GOAL_STATUSES),
  comment: text(2000),
  createdAt: isoTimestamp,
});

export const agreementsTransfer = featureTransfer(
  [
    transferList({
      list: 'agreements',
      table: agreements,
      record: importedAgreement,
      limit: 200_000,
      what: 'An agreement version',
    }),
    transferList({
      list: 'goals',
      table: goals,
      record: importedGoal,
      limit: 1_000_000,
      what: 'A goal',
      referenced: true,
    }),
    transferList({
      list: 'goalReviews',
      table: goalReviews,
      record: importedGoalReview,
      limit: 4_000_000,
      what: 'A goal review',
    }),
  ],
  {
    checks: (ctx) => {
      const reviewsPerGoal = perParentCap(
        ctx,
        MAX_REVIEWS_PER_GOAL,
        `At most ${MAX_REVIEWS_PER_GOAL} reviews of one goal`,
      );
      // An agreement in the file may not add versions to one already in the vault. A vault that had
      // none is not asked: its index by supervisee is set aside while the import loads, and every
      // look-up would read the agreements loaded so far.
      const held = ctx.vaultHeld('agreements');
      const vaultAgreementQuery = ctx.db
        .select({ id: agreements.id })
        .from(agreements)
        .where(eq(agreements.superviseeId, sql.placeholder('superviseeId')))
        .limit(1)
        .prepare();
      const inVault = (superviseeId: string) => held && !!vaultAgreementQuery.get({ superviseeId });
      // Agreement versions of each supervisee in the file, to refuse the same version twice.
      const versionsSeen = new Set<string>();
      const people = new Set<string>();
      // Each supervisee's agreement versions in the file, to check they run 1, 2, 3… at the end.
      const numbers = new Map<string, { versions: number[]; at: string }>();
      const goalSetOn = new Map<string, string>();
      return {
        agreements: (a, at) => {
          ctx.needsPerson(`${at}.superviseeId`, a.superviseeId);
          const key = `${a.superviseeId}|${a.version}`;
          // The first of a supervisee's versions in the file meets the vault as it was before the import.
          const first = !people.has(a.superviseeId);
          const twice = versionsSeen.has(key);
          if (twice) ctx.problem(`${at}.version`, 'The file has this version of this supervisee’s agreement twice.');
          else if (first && inVault(a.superviseeId))
            ctx.problem(`${at}.superviseeId`, 'This supervisee already has an agreement in the vault.');
          versionsSeen.add(ctx.keep(key));
          people.add(ctx.shared(a.superviseeId));
          ctx.ruled(at, agreementDatesProblem(a));
          const mine = numbers.get(a.superviseeId);
          if (mine) {
            if (!twice) mine.versions.push(a.version);
          } else if (!inVault(a.superviseeId))
            numbers.set(ctx.shared(a.superviseeId), { versions: [a.version], at: `${at}.version` });
        },
        goals: (g, at) => {
          ctx.needsPerson(`${at}.superviseeId`, g.superviseeId);
          goalSetOn.set(g.id, g.setOn);
        },
        goalReviews: (g, at) => {
          ctx.needsPerson(`${at}.superviseeId`, g.superviseeId);
          reviewsPerGoal(g.goalId, at, 'goalId');
          ctx.belongs('goals', g.goalId, g.superviseeId, at, 'goalId', {
            missing: 'No goal with this id in the file.',
            other: 'This review is of a goal of another supervisee.',
          });
          ctx.day(g.reviewedOn, `${at}.reviewedOn`, 'The review date');
          const setOn = goalSetOn.get(g.goalId);
          if (setOn !== undefined) ctx.ruled(at, goalReviewProblem(g.reviewedOn, setOn));
        },
        // A supervisee's agreement starts at version 1 and each amendment adds one, as in the app.
        finish: () => {
          for (const { versions, at } of numbers.values())
            if (versions.sort((a, b) => a - b).some((v, i) => v !== i + 1))
              ctx.problem(at, 'The agreement’s versions must run 1, 2, 3… with none missing, as the app numbers them.');
        },
      };
    },
  },
);
