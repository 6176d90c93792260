// Competency reviews: a dated review point for one supervisee against one framework version, with a
// level, evidence and a comment per competency. A draft is saved as often as wanted; finalising
// locks it with the SHA-256 of its content (like a signed period), and reopening needs a reason,
// which is kept on the review and recorded in the audit trail (its length only: it may be clinical).
import { createHash, randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { localToday } from '../../contract/dates';
import { ONE_REVIEW_A_DAY } from '../../contract/record-rules';
import { AppError, invalid, issue } from '../../contract/errors';
import type { EvidenceRef, Rating, Review, ReviewSaveInput, ReviewSummary } from '../../contract/frameworks';
import { isLevel, levelChange, levelsOf } from '../../contract/levels';
import { competencyReviews, frameworks, ratingEvidence, ratings } from './tables';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { getSupervisee } from '../supervisees/supervisees';
import { assertEvidence, describeEvidence } from './evidence';
import { frameworkForNewReview, getFramework } from './frameworks';

type ReviewRow = typeof competencyReviews.$inferSelect;
type StoredRating = {
  id: string;
  code: string;
  level: number | null;
  comment: string;
  evidence: EvidenceRef[];
};

export function reviewRow(db: Db, id: string): ReviewRow {
  const row = db.select().from(competencyReviews).where(eq(competencyReviews.id, id)).get();
  if (!row) throw new AppError('not_found', 'That review was not found.');
  return row;
}

const familyOf = (db: Db, frameworkId: string): string =>
  db.select({ family: frameworks.family }).from(frameworks).where(eq(frameworks.id, frameworkId)).get()!.family;

// The review just before this one of the same supervisee and framework (any version).
function previousOf(db: Db, r: ReviewRow): ReviewRow | undefined {
  return db
    .select({ review: competencyReviews })
    .from(competencyReviews)
    .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
    .where(
      and(
        eq(competencyReviews.superviseeId, r.superviseeId),
        eq(frameworks.family, familyOf(db, r.frameworkId)),
        // The plain bound lets the (supervisee, date) index start at this review's date.
        lte(competencyReviews.reviewedOn, r.reviewedOn),
        or(
          lt(competencyReviews.reviewedOn, r.reviewedOn),
          and(eq(competencyReviews.reviewedOn, r.reviewedOn), lt(competencyReviews.createdAt, r.createdAt)),
        ),
      ),
    )
    .orderBy(desc(competencyReviews.reviewedOn), desc(competencyReviews.createdAt))
    .limit(1)
    .get()?.review;
}

function storedRatings(db: Db, reviewIds: string[]): Map<string, StoredRating[]> {
  const out = new Map<string, StoredRating[]>();
  if (!reviewIds.length) return out;
  const rows = db.select().from(ratings).where(inArray(ratings.reviewId, reviewIds)).all();
  const evidence = rows.length
    ? db
        .select()
        .from(ratingEvidence)
        .where(
          inArray(
            ratingEvidence.ratingId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const byRating = new Map<string, EvidenceRef[]>();
  for (const e of evidence) {
    const ref: EvidenceRef = e.sessionId
      ? { kind: 'session', id: e.sessionId }
      : e.noteId
        ? { kind: 'note', id: e.noteId }
        : { kind: 'reflection', id: e.reflectionId! };
    // Appended in place: copying the list per link made a rating with 20,000 links take seconds.
    const list = byRating.get(e.ratingId);
    if (list) list.push(ref);
    else byRating.set(e.ratingId, [ref]);
  }
  for (const r of rows) {
    const rating = {
      id: r.id,
      code: r.competencyCode,
      level: r.level,
      comment: r.comment,
      evidence: byRating.get(r.id) ?? [],
    };
    const list = out.get(r.reviewId);
    if (list) list.push(rating);
    else out.set(r.reviewId, [rating]);
  }
  return out;
}

// What the hash covers: everything a reader of the review relies on, in a fixed order. The sample
// data hashes its final reviews with this too.
export function reviewContentSha256(
  r: Pick<ReviewRow, 'id' | 'superviseeId' | 'frameworkId' | 'reviewedOn' | 'strengths' | 'limitations'>,
  list: {
    code: string;
    level: number | null;
    comment: string;
    evidence: EvidenceRef[];
  }[],
): string {
  const content = {
    id: r.id,
    superviseeId: r.superviseeId,
    frameworkId: r.frameworkId,
    reviewedOn: r.reviewedOn,
    strengths: r.strengths,
    limitations: r.limitations,
    ratings: list
      .map((x) => ({
        code: x.code,
        level: x.level,
        comment: x.comment,
        evidence: x.evidence.map((e) => `${e.kind}:${e.id}`).sort(),
      }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export const reviewSha256 = (db: Db, r: ReviewRow): string =>
  reviewContentSha256(r, storedRatings(db, [r.id]).get(r.id) ?? []);

export function getReview(db: Db, id: string): Review {
  const r = reviewRow(db, id);
  const framework = getFramework(db, r.frameworkId);
  const previous = previousOf(db, r);
  const stored = storedRatings(db, previous ? [r.id, previous.id] : [r.id]);
  const mine = new Map((stored.get(r.id) ?? []).map((x) => [x.code, x]));
  const before = new Map((previous ? (stored.get(previous.id) ?? []) : []).map((x) => [x.code, x.level]));
  const described = describeEvidence(
    db,
    r.superviseeId,
    [...mine.values()].flatMap((x) => x.evidence),
  );
  const list: Rating[] = framework.competencies.map((c) => {
    const x = mine.get(c.code);
    const previousLevel = before.get(c.code) ?? null;
    return {
      competencyCode: c.code,
      level: x?.level ?? null,
      comment: x?.comment ?? '',
      evidence: (x?.evidence ?? []).flatMap((e) => described.get(`${e.kind}:${e.id}`) ?? []),
      previousLevel,
      change: levelChange(previousLevel, x?.level),
    };
  });
  return {
    ...summaryOf(r, framework, list),
    framework,
    strengths: r.strengths,
    limitations: r.limitations,
    contentSha256: r.contentSha256,
    finalisedAt: r.finalisedAt,
    reopenedAt: r.reopenedAt,
    reopenReason: r.reopenReason,
    intact: r.status === 'final' ? reviewSha256(db, r) === r.contentSha256 : null,
    previousReviewId: previous?.id ?? null,
    previousReviewedOn: previous?.reviewedOn ?? null,
    ratings: list,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

// For each of these reviews, the competencies whose level changed since the review before it (same
// supervisee and framework family), by name: the timeline's line for a finalised review. One
// statement for a whole page of reviews: the review before each is found through the (supervisee,
// date) index, the framework's competency list read by SQLite's JSON functions, each level by the
// ratings index.
export function levelsMovedMany(
  db: Db,
  reviewIds: readonly string[],
): Map<string, { name: string; from: number; to: number }[]> {
  const out = new Map<string, { name: string; from: number; to: number }[]>();
  if (!reviewIds.length) return out;
  const rows = db.all<{ id: string; name: string; from: number; to: number }>(sql`
    with r as materialized (
      select c.id, c.framework_id, (
        select b.id from competency_reviews b join frameworks g on g.id = b.framework_id
        where b.supervisee_id = c.supervisee_id and g.family = f.family and b.reviewed_on <= c.reviewed_on
          and (b.reviewed_on < c.reviewed_on or b.created_at < c.created_at)
        order by b.reviewed_on desc, b.created_at desc limit 1) as previous_id
      from competency_reviews c join frameworks f on f.id = c.framework_id
      where c.id in (select value from json_each(${JSON.stringify(reviewIds)})))
    select r.id as id, x.value ->> 'name' as name, p.level as "from", n.level as "to"
    from r, json_each((select competencies from frameworks where id = r.framework_id)) x
      join ratings n on n.review_id = r.id and n.competency_code = x.value ->> 'code'
      join ratings p on p.review_id = r.previous_id and p.competency_code = x.value ->> 'code'
    where n.level is not null and p.level is not null and n.level <> p.level
    order by r.id, x.key`);
  for (const { id, ...moved } of rows) out.set(id, [...(out.get(id) ?? []), moved]);
  return out;
}

// Which of these finalised reviews have no review of the same framework family before them.
export function firstReviewsAmong(db: Db, reviewIds: readonly string[]): Set<string> {
  if (!reviewIds.length) return new Set();
  return new Set(
    db
      .all<{ id: string }>(
        sql`
    select c.id from competency_reviews c join frameworks f on f.id = c.framework_id
    where c.id in (select value from json_each(${JSON.stringify(reviewIds)})) and not exists (
      select 1 from competency_reviews b join frameworks g on g.id = b.framework_id
      where b.supervisee_id = c.supervisee_id and g.family = f.family
        and b.reviewed_on <= c.reviewed_on and (b.reviewed_on < c.reviewed_on or b.created_at < c.created_at))`,
      )
      .map((r) => r.id),
  );
}

function summaryOf(
  r: ReviewRow,
  f: { name: string; version: number },
  list: { level: number | null; change: number | null }[],
): ReviewSummary {
  return {
    id: r.id,
    superviseeId: r.superviseeId,
    frameworkId: r.frameworkId,
    frameworkName: f.name,
    frameworkVersion: f.version,
    reviewedOn: r.reviewedOn,
    status: r.status,
    rated: list.filter((x) => x.level !== null).length,
    drops: list.filter((x) => x.change !== null && x.change < 0).length,
  };
}

// Newest first, each with how many competencies it rates and how many dropped since the one before.
export function listReviews(db: Db, superviseeId: string): ReviewSummary[] {
  getSupervisee(db, superviseeId);
  const rows = db
    .select({
      review: competencyReviews,
      family: frameworks.family,
      name: frameworks.name,
      version: frameworks.version,
    })
    .from(competencyReviews)
    .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
    .where(eq(competencyReviews.superviseeId, superviseeId))
    .orderBy(asc(competencyReviews.reviewedOn), asc(competencyReviews.createdAt))
    .all();
  const stored = storedRatings(
    db,
    rows.map((r) => r.review.id),
  );
  const lastLevels = new Map<string, Map<string, number | null>>();
  const out = rows.map(({ review, family, name, version }) => {
    const before = lastLevels.get(family) ?? new Map<string, number | null>();
    const mine = stored.get(review.id) ?? [];
    const list = mine.map((x) => ({
      level: x.level,
      change: levelChange(before.get(x.code), x.level),
    }));
    lastLevels.set(family, new Map(mine.map((x) => [x.code, x.level])));
    return summaryOf(review, { name, version }, list);
  });
  return out.reverse();
}

export function createReview(
  db: Db,
  input: { superviseeId: string; frameworkId: string; reviewedOn: string },
  now = new Date(),
): Review {
  getSupervisee(db, input.superviseeId);
  const f = frameworkForNewReview(db, input.frameworkId);
  if (input.reviewedOn > localToday(now))
    throw invalid(issue('reviewedOn', 'A review can’t be dated on a day that hasn’t happened yet.'));
  assertOneReviewThatDay(db, input.superviseeId, f.family, input.reviewedOn, null);
  const ts = now.toISOString();
  const id = randomUUID();
  db.insert(competencyReviews)
    .values({ id, ...input, status: 'draft', createdAt: ts, updatedAt: ts })
    .run();
  return getReview(db, id);
}

// The reviews of a framework family for one supervisee on one day, as a prepared query: the forms
// and the import ask it alike (contract/record-rules.ts, ONE_REVIEW_A_DAY).
export const reviewsOnDay = (db: Db) =>
  db
    .select({ id: competencyReviews.id })
    .from(competencyReviews)
    .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
    .where(
      and(
        eq(competencyReviews.superviseeId, sql.placeholder('superviseeId')),
        eq(frameworks.family, sql.placeholder('family')),
        eq(competencyReviews.reviewedOn, sql.placeholder('day')),
      ),
    )
    .prepare();

// Whether a review is created on that day or a draft is moved onto it.
function assertOneReviewThatDay(db: Db, superviseeId: string, family: string, day: string, self: string | null): void {
  const clash = reviewsOnDay(db)
    .all({ superviseeId, family, day })
    .some((r) => r.id !== self);
  if (clash) throw invalid(issue('reviewedOn', ONE_REVIEW_A_DAY));
}

function assertDraft(r: ReviewRow): void {
  if (r.status === 'final')
    throw new AppError('conflict', 'This review is final and locked. Reopen it first (a reason is recorded).');
}

export function saveReview(db: Db, input: ReviewSaveInput, now = new Date()): Review {
  const r = reviewRow(db, input.id);
  assertDraft(r);
  const f = getFramework(db, r.frameworkId);
  if (input.reviewedOn > localToday(now))
    throw invalid(issue('reviewedOn', 'A review can’t be dated on a day that hasn’t happened yet.'));
  if (input.reviewedOn !== r.reviewedOn) assertOneReviewThatDay(db, r.superviseeId, f.family, input.reviewedOn, r.id);
  const codes = new Set(f.competencies.map((c) => c.code));
  const seen = new Set<string>();
  input.ratings.forEach((x, i) => {
    if (!codes.has(x.competencyCode))
      throw invalid(issue(['ratings', i, 'competencyCode'], `${x.competencyCode} is not a competency of ${f.name}.`));
    if (seen.has(x.competencyCode))
      throw invalid(issue(['ratings', i, 'competencyCode'], `${x.competencyCode} is rated twice.`));
    seen.add(x.competencyCode);
    if (x.level !== null && !isLevel(f, x.level))
      throw invalid(issue(['ratings', i, 'level'], `Choose one of the scale’s levels: ${levelsOf(f).join(', ')}.`));
    assertEvidence(db, r.superviseeId, x.evidence, ['ratings', i, 'evidence'], input.reviewedOn);
  });
  db.transaction((tx) => {
    tx.update(competencyReviews)
      .set({
        reviewedOn: input.reviewedOn,
        strengths: input.strengths,
        limitations: input.limitations,
        updatedAt: now.toISOString(),
      })
      .where(eq(competencyReviews.id, r.id))
      .run();
    tx.delete(ratings).where(eq(ratings.reviewId, r.id)).run();
    for (const x of input.ratings) {
      // A competency with nothing said about it is simply not rated.
      if (x.level === null && !x.comment && !x.evidence.length) continue;
      const ratingId = randomUUID();
      tx.insert(ratings)
        .values({
          id: ratingId,
          reviewId: r.id,
          superviseeId: r.superviseeId,
          competencyCode: x.competencyCode,
          level: x.level,
          comment: x.comment,
        })
        .run();
      const unique = [...new Map(x.evidence.map((e) => [`${e.kind}:${e.id}`, e])).values()];
      for (const e of unique)
        tx.insert(ratingEvidence)
          .values({
            id: randomUUID(),
            ratingId,
            sessionId: e.kind === 'session' ? e.id : null,
            noteId: e.kind === 'note' ? e.id : null,
            reflectionId: e.kind === 'reflection' ? e.id : null,
          })
          .run();
    }
  });
  return getReview(db, r.id);
}

export function finaliseReview(db: Db, id: string, now = new Date()): Review {
  const r = reviewRow(db, id);
  assertDraft(r);
  const rated = db
    .select({ n: sql<number>`count(*)` })
    .from(ratings)
    .where(and(eq(ratings.reviewId, id), sql`${ratings.level} is not null`))
    .get()!.n;
  if (!rated) throw new AppError('validation', 'Rate at least one competency before finalising the review.');
  const sha256 = reviewSha256(db, r);
  db.transaction((tx) => {
    tx.update(competencyReviews)
      .set({
        status: 'final',
        contentSha256: sha256,
        finalisedAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .where(eq(competencyReviews.id, id))
      .run();
    appendAudit(tx, 'review_finalised', { reviewedOn: r.reviewedOn, sha256 }, now);
  });
  return getReview(db, id);
}

export function reopenReview(db: Db, id: string, reason: string, now = new Date()): Review {
  const r = reviewRow(db, id);
  if (r.status !== 'final') throw new AppError('conflict', 'This review is a draft already; it can be changed.');
  db.transaction((tx) => {
    tx.update(competencyReviews)
      .set({
        status: 'draft',
        reopenedAt: now.toISOString(),
        reopenReason: reason,
        updatedAt: now.toISOString(),
      })
      .where(eq(competencyReviews.id, id))
      .run();
    appendAudit(
      tx,
      'review_reopened',
      {
        reviewedOn: r.reviewedOn,
        sha256: r.contentSha256,
        reasonLength: reason.length,
      },
      now,
    );
  });
  return getReview(db, id);
}

// Only a review that was never finalised can be deleted; a finalised one stays on the record.
export function deleteReview(db: Db, id: string): void {
  const r = reviewRow(db, id);
  if (r.finalisedAt)
    throw new AppError(
      'conflict',
      r.status === 'final'
        ? 'A final review can’t be deleted. Reopen it to change it.'
        : 'This review was finalised once, so it stays on the record. Change it instead.',
    );
  db.delete(competencyReviews).where(eq(competencyReviews.id, id)).run();
}

// Per supervisee: the day of the newest final review, and a draft review if one is open (This week).
export function reviewsBySupervisee(db: Db): { lastFinal: Map<string, string>; drafts: Map<string, string> } {
  const finals = db.all<{ supervisee_id: string; reviewed_on: string }>(
    sql`select supervisee_id, max(reviewed_on) as reviewed_on from competency_reviews
        where status = 'final' group by supervisee_id`,
  );
  const drafts = db.all<{ supervisee_id: string; id: string }>(
    sql`select supervisee_id, id from competency_reviews where status = 'draft' order by reviewed_on`,
  );
  return {
    lastFinal: new Map(finals.map((r) => [r.supervisee_id, r.reviewed_on])),
    drafts: new Map(drafts.map((r) => [r.supervisee_id, r.id])),
  };
}

// Every review of a supervisee, oldest first, with its framework and its stored levels and comments,
// in a few statements (the archive reads a whole career of reviews; getReview one at a time was most
// of a whole-vault archive's time).
export function reviewsWithRatings(
  db: Db,
  superviseeId: string,
): { review: ReviewRow; framework: ReturnType<typeof getFramework>; ratings: StoredRating[] }[] {
  const rows = db
    .select()
    .from(competencyReviews)
    .where(eq(competencyReviews.superviseeId, superviseeId))
    .orderBy(asc(competencyReviews.reviewedOn), asc(competencyReviews.createdAt))
    .all();
  const stored = storedRatings(
    db,
    rows.map((r) => r.id),
  );
  const frameworksById = new Map<string, ReturnType<typeof getFramework>>();
  return rows.map((review) => {
    let framework = frameworksById.get(review.frameworkId);
    if (!framework) frameworksById.set(review.frameworkId, (framework = getFramework(db, review.frameworkId)));
    return { review, framework, ratings: stored.get(review.id) ?? [] };
  });
}
