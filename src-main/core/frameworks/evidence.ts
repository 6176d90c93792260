// The records a rating can point at: the supervisee's sessions, case notes and reflections, each with
// a line to recognise it by. Evidence is picked from these, never typed, and a link is checked to
// belong to the same supervisee before it is kept.
import { and, desc, eq } from 'drizzle-orm';
import type { EvidenceKind } from '../../contract/enums';
import { AppError, invalid, issue } from '../../contract/errors';
import { dayText } from '../../contract/dates';
import type { EvidenceOption, EvidenceRef } from '../../contract/frameworks';
import { competencyReviews, frameworks, ratingEvidence, ratings } from './tables';
import type { EvidenceWhere } from './evidence-where';
import { sessionEvidence } from '../sessions/evidence-options';
import { noteEvidence } from '../notes/evidence-options';
import { reflectionEvidence } from '../reflections/evidence-options';
import type { Db } from '../../db/vault';

// Each kind's records are read by the feature that owns them.
const FINDERS: Record<EvidenceKind, (db: Db, w: EvidenceWhere) => EvidenceOption[]> = {
  session: sessionEvidence,
  note: noteEvidence,
  reflection: reflectionEvidence,
};

// Newest first across the three kinds.
export function evidenceOptions(db: Db, superviseeId: string, upTo: string): EvidenceOption[] {
  return Object.values(FINDERS)
    .flatMap((f) => f(db, { superviseeId, upTo }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

// The options for given links, in one query per kind; links to records that are gone are left out.
export function describeEvidence(db: Db, superviseeId: string, refs: EvidenceRef[]): Map<string, EvidenceOption> {
  const out = new Map<string, EvidenceOption>();
  for (const kind of Object.keys(FINDERS) as EvidenceKind[]) {
    const ids = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
    if (!ids.length) continue;
    for (const o of FINDERS[kind](db, { superviseeId, ids })) out.set(`${o.kind}:${o.id}`, o);
  }
  return out;
}

// Refuses a link to a record that isn't this supervisee's (or doesn't exist), or that is dated after
// the review (the picker offers records up to the review's day only).
export function assertEvidence(
  db: Db,
  superviseeId: string,
  refs: EvidenceRef[],
  at: (string | number)[],
  reviewedOn: string,
): void {
  const known = describeEvidence(db, superviseeId, refs);
  refs.forEach((r, i) => {
    const found = known.get(`${r.kind}:${r.id}`);
    if (!found)
      throw invalid(issue([...at, i], 'That record is not one of this supervisee’s. Pick evidence from the list.'));
    if (found.date > reviewedOn)
      throw invalid(issue([...at, i], 'That record is dated after the review. Pick evidence from before the review.'));
  });
}

// A final review never changes, so what it cites may not be deleted: the refusal names the review
// (its day and framework) so the supervisor can reopen it first if the record must go.
export function assertNotFinalEvidence(db: Db, record: { sessionId: string } | { noteId: string }): void {
  const cited =
    'sessionId' in record ? eq(ratingEvidence.sessionId, record.sessionId) : eq(ratingEvidence.noteId, record.noteId);
  const review = db
    .select({ reviewedOn: competencyReviews.reviewedOn, framework: frameworks.name })
    .from(ratingEvidence)
    .innerJoin(ratings, eq(ratings.id, ratingEvidence.ratingId))
    .innerJoin(competencyReviews, eq(competencyReviews.id, ratings.reviewId))
    .innerJoin(frameworks, eq(frameworks.id, competencyReviews.frameworkId))
    .where(and(cited, eq(competencyReviews.status, 'final')))
    .orderBy(desc(competencyReviews.reviewedOn))
    .limit(1)
    .get();
  if (!review) return;
  const what = 'sessionId' in record ? 'session' : 'note';
  throw new AppError(
    'conflict',
    `This ${what} is evidence in the final ${review.framework} review of ${dayText(review.reviewedOn)}, and a ` +
      `final review never changes. Reopen that review and remove the evidence first; nothing was deleted.`,
  );
}
