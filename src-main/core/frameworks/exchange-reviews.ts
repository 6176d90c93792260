// The frameworks feature's packets (docs/exchange.md). First, a supervisee's rating of themselves ahead of a
// review, from their own vault's newest review, with the evidence they chose described in words
// (their records stay in their vault). The supervisor's review shows it beside their own rating,
// competency by competency, for the same framework family.
import { z } from 'zod';
import { isoDate, text } from '../../contract/common';
import { EVIDENCE_KINDS } from '../../contract/enums';
import { AppError } from '../../contract/errors';
import { frameworkFamily, MAX_EVIDENCE_PER_RATING, type SelfRating } from '../../contract/frameworks';
import { levelText } from '../../contract/levels';
import type { Db } from '../../db/vault';
import { defineExchangeKind } from '../exchange/exchange-part';
import { receivedOfKind } from '../exchange/received';
import { getFramework } from './frameworks';
import { getReview, listReviews, reviewRow } from './reviews';

export const selfRatingRecords = z.strictObject({
  family: frameworkFamily,
  frameworkName: text(120),
  frameworkVersion: z.number().int().min(1).max(10_000),
  reviewedOn: isoDate,
  ratings: z
    .array(
      z.strictObject({
        code: z.string().min(1).max(20),
        name: text(200),
        level: z.number().min(0).max(10).nullable(),
        comment: text(2000),
        evidence: z
          .array(z.strictObject({ kind: z.enum(EVIDENCE_KINDS), date: isoDate, label: text(300) }))
          .max(MAX_EVIDENCE_PER_RATING),
      }),
    )
    .min(1, 'Your newest review rates nothing yet: rate yourself on Competencies first.')
    .max(100),
});
type SelfRatingRecords = z.output<typeof selfRatingRecords>;

export const selfRatingKind = defineExchangeKind({
  kind: 'self_rating',
  label: 'self-rating for a review',
  records: selfRatingRecords,
  // The newest review in the supervisee's own vault, draft or final: the one they just rated.
  build: (db, superviseeId): SelfRatingRecords => {
    const newest = listReviews(db, superviseeId)[0];
    if (!newest) throw new AppError('not_found', 'Rate yourself first: start a review on Competencies, then send it.');
    const r = getReview(db, newest.id);
    const names = new Map(r.framework.competencies.map((c) => [c.code, c.name]));
    return {
      family: r.framework.family,
      frameworkName: r.framework.name,
      frameworkVersion: r.framework.version,
      reviewedOn: r.reviewedOn,
      ratings: r.ratings
        .filter((x) => x.level !== null || x.comment || x.evidence.length)
        .map((x) => ({
          code: x.competencyCode,
          name: names.get(x.competencyCode) ?? x.competencyCode,
          level: x.level,
          comment: x.comment,
          evidence: x.evidence.map((e) => ({ kind: e.kind, date: e.date, label: e.label })),
        })),
    };
  },
  preview: (r: SelfRatingRecords) => {
    const rated = r.ratings.filter((x) => x.level !== null).length;
    const evidence = r.ratings.reduce((n, x) => n + x.evidence.length, 0);
    return [
      `Their rating of themselves on ${r.frameworkName}, dated ${r.reviewedOn}: ${rated} of ${r.ratings.length} ` +
        `competencies rated, ${evidence} record${evidence === 1 ? '' : 's'} chosen as evidence.`,
      ...r.ratings.slice(0, 5).map((x) => `${x.code} ${x.name}: ${levelText(x.level)}`),
      ...(r.ratings.length > 5 ? [`and ${r.ratings.length - 5} more.`] : []),
      'It is shown beside your own ratings in your reviews on that framework; nothing of yours changes.',
    ];
  },
});

// The newest self-rating received for this review's supervisee on its framework family, if any.
export function selfRatingFor(db: Db, reviewId: string): SelfRating | null {
  const review = reviewRow(db, reviewId);
  const family = getFramework(db, review.frameworkId).family;
  for (const p of receivedOfKind(db, review.superviseeId, 'self_rating')) {
    const parsed = selfRatingRecords.safeParse(p.records);
    if (parsed.success && parsed.data.family === family) return { ...parsed.data, receivedAt: p.at };
  }
  return null;
}

// A finalised review sent to the supervisee, so they hold what was decided about them: each level and
// comment, the supervisor's words, and the SHA-256 that locks it. Evidence stays in the supervisor's
// vault (it points at records the supervisee may not hold).
export const reviewRecords = z.strictObject({
  frameworkName: text(120),
  frameworkVersion: z.number().int().min(1).max(10_000),
  reviewedOn: isoDate,
  finalisedAt: z.string().max(40),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  strengths: text(4000),
  limitations: text(4000),
  ratings: z
    .array(
      z.strictObject({
        code: z.string().min(1).max(20),
        name: text(200),
        level: z.number().nullable(),
        comment: text(2000),
      }),
    )
    .max(100),
});
type ReviewRecords = z.output<typeof reviewRecords>;

export const reviewKind = defineExchangeKind({
  kind: 'review',
  label: 'finalised review',
  records: reviewRecords,
  build: (db, superviseeId): ReviewRecords => {
    const final = listReviews(db, superviseeId).find((r) => r.status === 'final');
    if (!final) throw new AppError('not_found', 'No review of theirs is finalised yet: finalise one first.');
    const r = getReview(db, final.id);
    const names = new Map(r.framework.competencies.map((c) => [c.code, c.name]));
    return {
      frameworkName: r.framework.name,
      frameworkVersion: r.framework.version,
      reviewedOn: r.reviewedOn,
      finalisedAt: r.finalisedAt!,
      contentSha256: r.contentSha256!,
      strengths: r.strengths,
      limitations: r.limitations,
      ratings: r.ratings.map((x) => ({
        code: x.competencyCode,
        name: names.get(x.competencyCode) ?? x.competencyCode,
        level: x.level,
        comment: x.comment,
      })),
    };
  },
  preview: (r: ReviewRecords) => [
    `Your supervisor’s finalised review of ${r.reviewedOn} on ${r.frameworkName}.`,
    ...r.ratings.map((x) => `${x.code} ${x.name}: ${levelText(x.level)}${x.comment ? `. ${x.comment}` : ''}`),
    ...(r.strengths ? [`Strengths: ${r.strengths}`] : []),
    ...(r.limitations ? [`Areas for growth: ${r.limitations}`] : []),
    `SHA-256 of the finalised review: ${r.contentSha256}`,
  ],
});
