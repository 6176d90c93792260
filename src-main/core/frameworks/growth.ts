// Growth over time, read for one supervisee and one framework family (all its versions, matched by
// competency code): the level series per competency, and the latest review against the previous.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Framework } from '../../contract/frameworks';
import type { GrowthComparison, GrowthSeries } from '../../contract/growth';
import { levelChange } from '../../contract/levels';
import { competencyReviews, frameworks, ratings } from './tables';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

// The frameworks a supervisee was reviewed against: the newest version used of each, newest use first.
export function frameworksUsed(db: Db, superviseeId: string): Framework[] {
  getSupervisee(db, superviseeId);
  const rows = db
    .select({ framework: frameworks })
    .from(competencyReviews)
    .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
    .where(eq(competencyReviews.superviseeId, superviseeId))
    .orderBy(desc(competencyReviews.reviewedOn), desc(frameworks.version))
    .all();
  const seen = new Map<string, Framework>();
  for (const { framework } of rows) if (!seen.has(framework.family)) seen.set(framework.family, framework);
  return [...seen.values()];
}

// A supervisee's reviews against one framework family, with the version rows they use read once
// each (not once per review: a version's competencies are a JSON list).
function reviewsOf(db: Db, superviseeId: string, family: string, newestFirst = false, limit?: number) {
  const q = db
    .select({
      id: competencyReviews.id,
      reviewedOn: competencyReviews.reviewedOn,
      status: competencyReviews.status,
      frameworkId: competencyReviews.frameworkId,
    })
    .from(competencyReviews)
    .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
    .where(and(eq(competencyReviews.superviseeId, superviseeId), eq(frameworks.family, family)))
    .orderBy(
      ...(newestFirst
        ? [desc(competencyReviews.reviewedOn), desc(competencyReviews.createdAt)]
        : [asc(competencyReviews.reviewedOn), asc(competencyReviews.createdAt)]),
    );
  const rows = limit ? q.limit(limit).all() : q.all();
  const ids = [...new Set(rows.map((r) => r.frameworkId))];
  const versions = ids.length ? db.select().from(frameworks).where(inArray(frameworks.id, ids)).all() : [];
  const byId = new Map(versions.map((f) => [f.id, f]));
  return { rows, versions, frameworkOf: (r: { frameworkId: string }) => byId.get(r.frameworkId)! };
}

// Each rating's level by review and code, read for the given reviews only.
function levelsAt(db: Db, reviewIds: string[]): Map<string, number | null> {
  const rows = db
    .select({ reviewId: ratings.reviewId, code: ratings.competencyCode, level: ratings.level })
    .from(ratings)
    .where(inArray(ratings.reviewId, reviewIds))
    .all();
  return new Map(rows.map((l) => [`${l.reviewId}:${l.code}`, l.level]));
}

// Competencies of the newest version used, then any that only older versions had.
function competencyList(used: Framework[]): { code: string; name: string; group: string }[] {
  const out = new Map<string, { code: string; name: string; group: string }>();
  for (const f of [...used].sort((a, b) => b.version - a.version))
    for (const c of f.competencies) if (!out.has(c.code)) out.set(c.code, c);
  return [...out.values()];
}

export function growthSeries(db: Db, superviseeId: string, family: string): GrowthSeries {
  const { rows: reviews, versions } = reviewsOf(db, superviseeId, family);
  if (!reviews.length) return { framework: null, reviews: [], competencies: [] };
  // All the supervisee's levels in one read of ratings_series_idx (it covers the query), placed in a
  // grid of competency by review; ratings of their other frameworks' reviews match no column.
  const column = new Map(reviews.map((r, i) => [r.id, i]));
  const list = competencyList(versions);
  const row = new Map(list.map((c, i) => [c.code, i]));
  const grid = list.map(() => new Array<number | null>(reviews.length).fill(null));
  // Read as arrays, not objects: a career's thousand ratings then make no short-lived objects, which
  // is what the slowest reads were waiting on (garbage collection).
  const levels = db
    .select({ reviewId: ratings.reviewId, code: ratings.competencyCode, level: ratings.level })
    .from(ratings)
    .where(eq(ratings.superviseeId, superviseeId))
    .values() as [string, string, number | null][];
  for (const [reviewId, code, level] of levels) {
    const c = column.get(reviewId);
    const r = row.get(code);
    if (c !== undefined && r !== undefined) grid[r]![c] = level;
  }
  const newest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  return {
    framework: newest,
    reviews: reviews.map(({ id, reviewedOn, status }) => ({ id, reviewedOn, status })),
    competencies: list.map((c, i) => ({ ...c, levels: grid[i]! })),
  };
}

export function growthComparison(db: Db, superviseeId: string, family: string): GrowthComparison {
  const { rows, frameworkOf } = reviewsOf(db, superviseeId, family, true, 2);
  const [latest, previous] = rows;
  if (!latest) return { latest: null, previous: null, rows: [] };
  const at = levelsAt(db, previous ? [latest.id, previous.id] : [latest.id]);
  const brief = (r: typeof latest) => ({ id: r.id, reviewedOn: r.reviewedOn, status: r.status });
  return {
    latest: brief(latest),
    previous: previous ? brief(previous) : null,
    rows: competencyList(previous ? [frameworkOf(latest), frameworkOf(previous)] : [frameworkOf(latest)]).map((c) => {
      const now = at.get(`${latest.id}:${c.code}`) ?? null;
      const before = previous ? (at.get(`${previous.id}:${c.code}`) ?? null) : null;
      return { code: c.code, name: c.name, latest: now, previous: before, change: levelChange(before, now) };
    }),
  };
}
