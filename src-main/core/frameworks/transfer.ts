// The supervisor's own competency frameworks (every version; built-in templates are not written,
// the app ships them), competency reviews with their ratings and evidence links, in the JSON export.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { id, isoDate, text } from '../../contract/common';
import { REVIEW_STATUSES } from '../../contract/enums';
import { definitionShape, frameworkChecks, frameworkId, MAX_EVIDENCE_PER_RATING } from '../../contract/frameworks';
import { isLevel, type Scale } from '../../contract/levels';
import { competencyReviews, frameworks, ratingEvidence, ratings } from './tables';
import { isoTimestamp, sha256 } from '../data-transfer/record-fields';
import { perParentCap } from '../data-transfer/per-parent';
import { featureTransfer, transferList, type ImportContext, type ImportProblem } from '../data-transfer/transfer-list';
import { BUILTIN_FRAMEWORKS } from './builtin';
import { materialiseBuiltins } from './frameworks';
import { reviewsOnDay } from './reviews';
import { ONE_REVIEW_A_DAY } from '../../contract/record-rules';

// One record per version, with the checks of one made in the app.
const importedFramework = z
  .strictObject({
    id: frameworkId,
    family: frameworkId,
    version: z.number().int().min(1),
    builtIn: z.literal(false, 'Built-in templates are not imported; the app has them.'),
    ...definitionShape.shape,
    retiredAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
  })
  .superRefine(frameworkChecks);

const importedReview = z
  .strictObject({
    id,
    superviseeId: id,
    frameworkId,
    reviewedOn: isoDate,
    status: z.enum(REVIEW_STATUSES),
    strengths: text(4000),
    limitations: text(4000),
    contentSha256: sha256.nullable(),
    finalisedAt: isoTimestamp.nullable(),
    reopenedAt: isoTimestamp.nullable(),
    reopenReason: text(1000).nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .refine((r) => r.status === 'draft' || (!!r.contentSha256 && !!r.finalisedAt), {
    message: 'A final review carries its SHA-256 and when it was finalised.',
    path: ['contentSha256'],
  });

const importedRating = z.strictObject({
  id,
  reviewId: id,
  superviseeId: id,
  competencyCode: z.string().min(1).max(20),
  level: z.number().nullable(),
  comment: text(2000),
});

const importedEvidence = z
  .strictObject({ id, ratingId: id, sessionId: id.nullable(), noteId: id.nullable(), reflectionId: id.nullable() })
  .refine((e) => [e.sessionId, e.noteId, e.reflectionId].filter((x) => x !== null).length === 1, {
    message: 'An evidence link points at exactly one session, note or reflection.',
    path: ['sessionId'],
  });

const BUILT_IN = new Map(BUILTIN_FRAMEWORKS.map((f) => [f.id, f]));
const BUILT_IN_FAMILIES = new Set(BUILTIN_FRAMEWORKS.map((f) => f.family));
type FrameworkFacts = { scale: Scale; codes: Set<string>; family: string };

// The vault's frameworks and reviews as the checks below need them.
function vaultReads(ctx: ImportContext) {
  const db = ctx.db;
  return {
    framework: db
      .select()
      .from(frameworks)
      .where(eq(frameworks.id, sql.placeholder('id')))
      .prepare(),
    family: db
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(eq(frameworks.family, sql.placeholder('family')))
      .limit(1)
      .prepare(),
    version: db
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(and(eq(frameworks.family, sql.placeholder('family')), eq(frameworks.version, sql.placeholder('version'))))
      .prepare(),
    reviewDay: reviewsOnDay(db),
  };
}

// What a rating or a review is checked against, for a framework in the file, the vault or the templates.
function frameworkFacts(ctx: ImportContext, vault: ReturnType<typeof vaultReads>) {
  const factsOf = (f: Scale & { family: string; competencies: { code: string }[] }): FrameworkFacts => ({
    family: ctx.keep(f.family),
    scale: { scaleMin: f.scaleMin, scaleMax: f.scaleMax, halfLevels: f.halfLevels },
    codes: new Set(f.competencies.map((c) => ctx.keep(c.code))),
  });
  const known = new Map<string, FrameworkFacts>();
  return {
    add: (f: Parameters<typeof factsOf>[0] & { id: string }) => known.set(ctx.keep(f.id), factsOf(f)),
    of(id: string | undefined): FrameworkFacts | null {
      if (id === undefined) return null;
      const kept = known.get(id);
      if (kept !== undefined) return kept;
      const row = BUILT_IN.get(id) ?? vault.framework.get({ id });
      // Only what is settled is remembered: a framework later in the file may still come.
      if (!row) return null;
      const facts = factsOf(row);
      known.set(ctx.keep(id), facts);
      return facts;
    },
  };
}

const EVIDENCE_TARGETS = [
  { field: 'sessionId', list: 'sessions' },
  { field: 'noteId', list: 'caseNotes' },
  { field: 'reflectionId', list: 'reflections' },
] as const;

export const frameworksTransfer = featureTransfer(
  [
    transferList({
      list: 'frameworks',
      table: frameworks,
      record: importedFramework,
      limit: 10_000,
      what: 'A framework version',
      only: eq(frameworks.builtIn, false),
    }),
    transferList({
      list: 'competencyReviews',
      table: competencyReviews,
      record: importedReview,
      limit: 400_000,
      what: 'A competency review',
      referenced: true,
    }),
    transferList({
      list: 'ratings',
      table: ratings,
      record: importedRating,
      limit: 4_000_000,
      what: 'A rating',
      referenced: true,
    }),
    transferList({
      list: 'ratingEvidence',
      table: ratingEvidence,
      record: importedEvidence,
      limit: 8_000_000,
      what: 'An evidence link',
    }),
  ],
  {
    // Reviews may rate against templates this vault has not used yet: their rows are written first
    // (taken back with everything else if the file is refused), so no reference waits as a deferred
    // foreign-key violation, which would make every later insert search for it.
    prepare: materialiseBuiltins,
    checks: (ctx) => {
      const vault = vaultReads(ctx);
      const facts = frameworkFacts(ctx, vault);
      const versions = new Set<string>();
      const familiesInFile = new Set<string>();
      const reviewDays = new Set<string>();
      const reviewFramework = new Map<string, string>();
      const linksPerRating = perParentCap(
        ctx,
        MAX_EVIDENCE_PER_RATING,
        `At most ${MAX_EVIDENCE_PER_RATING} records behind one rating`,
      );
      return {
        frameworks: (f, at) => {
          if (BUILT_IN.has(f.id) || BUILT_IN_FAMILIES.has(f.family))
            ctx.problem(`${at}.id`, 'That is the id of a built-in framework template.');
          const key = `${f.family}|${f.version}`;
          if (versions.has(key)) ctx.problem(`${at}.version`, 'The file has this version of this framework twice.');
          else if (vault.version.get({ family: f.family, version: f.version }))
            ctx.problem(`${at}.version`, 'This version of this framework is already in the vault.');
          // Only the first version of a family in the file meets the vault as it was: the file's own
          // earlier versions are in it by now.
          else if (!familiesInFile.has(f.family) && vault.family.get({ family: f.family }))
            ctx.problem(
              `${at}.family`,
              'This framework is already in the vault: its new versions are made there, by editing it, not by an ' +
                'import.',
            );
          versions.add(ctx.keep(key));
          familiesInFile.add(ctx.keep(f.family));
          facts.add(f);
        },
        competencyReviews: (c, at) => {
          ctx.needsPerson(`${at}.superviseeId`, c.superviseeId);
          ctx.day(c.reviewedOn, `${at}.reviewedOn`, 'The review date');
          reviewFramework.set(c.id, ctx.shared(c.frameworkId));
          // One review against a framework a day, as in the app; known once the framework is.
          const clash = (): ImportProblem | null => {
            const family = facts.of(c.frameworkId)?.family;
            if (family === undefined) return null;
            const key = `${c.superviseeId}|${family}|${c.reviewedOn}`;
            const inVault = () =>
              ctx.vaultHeld('competencyReviews') &&
              vault.reviewDay.get({ superviseeId: c.superviseeId, family, day: c.reviewedOn });
            if (reviewDays.has(key) || inVault())
              return { location: `${at}.reviewedOn`, message: `${ONE_REVIEW_A_DAY} The app allows only one.` };
            reviewDays.add(key);
            return null;
          };
          if (facts.of(c.frameworkId) !== null) {
            const p = clash();
            if (p) ctx.problem(p.location, p.message);
          } else ctx.later(clash);
          ctx.checkNowOrLater(() =>
            facts.of(c.frameworkId) !== null || ctx.refused(c.frameworkId)
              ? null
              : {
                  location: `${at}.frameworkId`,
                  message: 'No framework with this id in the file, the vault or the templates.',
                },
          );
        },
        ratings: (x, at) => {
          ctx.needsPerson(`${at}.superviseeId`, x.superviseeId);
          ctx.belongs('competencyReviews', x.reviewId, x.superviseeId, at, 'reviewId', {
            missing: 'No competency review with this id in the file.',
            other: 'This rating is in a review of another supervisee.',
          });
          // The code and level are the review's framework's; known once the review and framework are.
          const check = (): ImportProblem | null => {
            const f = facts.of(reviewFramework.get(x.reviewId));
            if (!f) return null;
            if (!f.codes.has(x.competencyCode))
              return { location: `${at}.competencyCode`, message: 'Not a competency of the review’s framework.' };
            if (x.level !== null && !isLevel(f.scale, x.level))
              return { location: `${at}.level`, message: 'Not a level on the framework’s scale.' };
            return null;
          };
          if (facts.of(reviewFramework.get(x.reviewId))) {
            const p = check();
            if (p) ctx.problem(p.location, p.message);
          } else ctx.later(check);
        },
        ratingEvidence: (e, at) => {
          linksPerRating(e.ratingId, at, 'ratingId');
          const target = EVIDENCE_TARGETS.find((t) => e[t.field] !== null)!;
          const targetId = e[target.field]!;
          // Checked again at the end if the rating or the record comes later in a hand-made file.
          ctx.checkNowOrLater(() => {
            const who = ctx.ownerOf('ratings', e.ratingId, false);
            if (who === undefined)
              return ctx.refused(e.ratingId)
                ? null
                : { location: `${at}.ratingId`, message: 'No rating with this id in the file.' };
            const owner = ctx.ownerOf(target.list, targetId, true);
            if (owner === undefined)
              return ctx.refused(targetId)
                ? null
                : { location: `${at}.${target.field}`, message: 'No record with this id in the file or the vault.' };
            return owner === who
              ? null
              : { location: `${at}.${target.field}`, message: 'This evidence is a record of another supervisee.' };
          });
        },
      };
    },
  },
);
