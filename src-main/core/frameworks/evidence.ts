// The records a rating can point at: the supervisee's sessions, case notes and reflections, each with
// a line to recognise it by. Evidence is picked from these, never typed, and a link is checked to
// belong to the same supervisee before it is kept.
import { and, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { FORMAT_LABELS, type EvidenceKind } from '../../contract/enums';
import { AppError, invalid, issue } from '../../contract/errors';
import { dayText } from '../../contract/dates';
import type { EvidenceOption, EvidenceRef } from '../../contract/frameworks';
import {
  caseNotes,
  competencyReviews,
  frameworks,
  ratingEvidence,
  ratings,
  reflections,
  supervisionSessions,
} from '../../db/schema';
import type { Db } from '../../db/vault';

const OPTIONS_PER_KIND = 200;
const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

type Where = { superviseeId: string; upTo?: string; ids?: string[] };

function sessionsFor(db: Db, w: Where): EvidenceOption[] {
  return db
    .select()
    .from(supervisionSessions)
    .where(
      and(
        eq(supervisionSessions.superviseeId, w.superviseeId),
        isNull(supervisionSessions.deletedAt),
        w.upTo ? lte(supervisionSessions.date, w.upTo) : undefined,
        w.ids ? inArray(supervisionSessions.id, w.ids) : undefined,
      ),
    )
    .orderBy(desc(supervisionSessions.date))
    .limit(w.ids ? w.ids.length : OPTIONS_PER_KIND)
    .all()
    .map((s) => ({
      kind: 'session' as const,
      id: s.id,
      date: s.date,
      label: `${FORMAT_LABELS[s.format]} supervision, ${s.durationMinutes} min`,
    }));
}

function notesFor(db: Db, w: Where): EvidenceOption[] {
  return db
    .select({ id: caseNotes.id, date: caseNotes.date, caseCode: caseNotes.caseCode })
    .from(caseNotes)
    .where(
      and(
        eq(caseNotes.superviseeId, w.superviseeId),
        isNull(caseNotes.deletedAt),
        w.upTo ? lte(caseNotes.date, w.upTo) : undefined,
        w.ids ? inArray(caseNotes.id, w.ids) : undefined,
      ),
    )
    .orderBy(desc(caseNotes.date))
    .limit(w.ids ? w.ids.length : OPTIONS_PER_KIND)
    .all()
    .map((n) => ({ kind: 'note' as const, id: n.id, date: n.date, label: `Case ${n.caseCode}` }));
}

function reflectionsFor(db: Db, w: Where): EvidenceOption[] {
  const day = reflections.reflectedOn;
  return db
    .select({ id: reflections.id, date: day, promptText: reflections.promptText })
    .from(reflections)
    .where(
      and(
        eq(reflections.superviseeId, w.superviseeId),
        w.upTo ? lte(day, w.upTo) : undefined,
        w.ids ? inArray(reflections.id, w.ids) : undefined,
      ),
    )
    .orderBy(desc(reflections.reflectedOn), desc(reflections.createdAt))
    .limit(w.ids ? w.ids.length : OPTIONS_PER_KIND)
    .all()
    .map((r) => ({ kind: 'reflection' as const, id: r.id, date: r.date, label: short(r.promptText) }));
}

const FINDERS: Record<EvidenceKind, (db: Db, w: Where) => EvidenceOption[]> = {
  session: sessionsFor,
  note: notesFor,
  reflection: reflectionsFor,
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
