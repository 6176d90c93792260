// The sample's competency reviews, telling a believable story: levels climb a step or half-step at
// most reviews, now and then one competency slips (a drop the review screen flags). Final reviews
// carry the SHA-256 the app would have written; the newest stays a draft when it is recent.
import { levelsOf } from '../../contract/levels';
import type { Entities } from '../data-transfer/json-format';
import { dayAfter, eachSupervisee, isoDay, type Sampler } from '../sample-data/sampler';
import { BUILTIN_FRAMEWORKS } from './builtin';
import { reviewContentSha256 } from './reviews';

const FRAMEWORK_FOR: Record<string, string> = {
  psychiatry_resident: 'acgme-psychiatry-1',
  counseling_associate: 'cacrep-foundations-1',
};

const STRENGTHS = [
  'Builds warm, steady relationships with clients and uses supervision openly.',
  'Prepares well: brings recordings and clear questions to each meeting.',
  'Notices their own reactions to clients and brings them to supervision.',
  'Writes clear, timely notes and follows through on action items.',
];
const LIMITATIONS = [
  'Still rushes endings of sessions; working on pacing.',
  'Hesitant to raise risk directly; practising the questions in role-play.',
  'Takes on too much; agreed to review caseload size monthly.',
  'Case formulations stay descriptive; aiming for a clearer working hypothesis.',
];
const RATING_COMMENTS = [
  'Clear growth since the last review.',
  'Consistent; seen across several recordings.',
  'Discussed in supervision with a concrete plan.',
  'Needs more opportunities to show this.',
];
const DROP_COMMENTS = [
  'Slipped with a heavier caseload; a plan is agreed.',
  'Less confident after a difficult case; revisiting together.',
];
const day = dayAfter;

export const sampleReviews: Sampler = ({ stream, made, today, scale: opts }) => {
  const rng = stream(4);
  const out: Pick<Entities, 'competencyReviews' | 'ratings' | 'ratingEvidence'> = {
    competencyReviews: [],
    ratings: [],
    ratingEvidence: [],
  };
  for (const { person: p, sessions: mine, last } of eachSupervisee(made, today)) {
    const f = BUILTIN_FRAMEWORKS.find((x) => x.id === (FRAMEWORK_FOR[p.discipline] ?? 'apa-pwc-1'))!;
    const levels = levelsOf(f);
    // Each competency starts in the lower part of the scale and moves a step at a time.
    const at = new Map(f.competencies.map((c) => [c.code, rng.int(0, 1)]));
    let previousEnd = p.supervisionStart;
    for (let d = opts.reviewEveryDays; day(p.supervisionStart, d) <= last; d += opts.reviewEveryDays) {
      const reviewedOn = day(p.supervisionStart, d);
      const recent = Date.parse(isoDay(today)) - Date.parse(reviewedOn) < 30 * 86_400_000;
      const id = rng.uuid();
      const slip = rng.chance(0.3) ? rng.pick(f.competencies).code : null;
      const list: {
        id: string;
        code: string;
        level: number | null;
        comment: string;
        evidence: { kind: 'session'; id: string }[];
      }[] = [];
      const within = mine.filter((s) => s.date > previousEnd && s.date <= reviewedOn);
      for (const c of f.competencies) {
        let step = at.get(c.code)!;
        if (c.code === slip) step = Math.max(0, step - 1);
        else if (rng.chance(0.4)) step = Math.min(levels.length - 1, step + 1);
        at.set(c.code, step);
        const evidence =
          within.length && rng.chance(0.3) ? [{ kind: 'session' as const, id: rng.pick(within).id }] : [];
        list.push({
          id: rng.uuid(),
          code: c.code,
          level: levels[step]!,
          comment: c.code === slip ? rng.pick(DROP_COMMENTS) : rng.chance(0.25) ? rng.pick(RATING_COMMENTS) : '',
          evidence,
        });
      }
      previousEnd = reviewedOn;
      const review = {
        id,
        superviseeId: p.id,
        frameworkId: f.id,
        reviewedOn,
        strengths: rng.pick(STRENGTHS),
        limitations: rng.pick(LIMITATIONS),
      };
      const final = !recent;
      const ts = `${reviewedOn}T15:00:00.000Z`;
      out.competencyReviews.push({
        ...review,
        status: final ? 'final' : 'draft',
        contentSha256: final ? reviewContentSha256(review, list) : null,
        finalisedAt: final ? `${reviewedOn}T16:00:00.000Z` : null,
        reopenedAt: null,
        reopenReason: null,
        createdAt: ts,
        updatedAt: ts,
      });
      for (const r of list) {
        out.ratings.push({
          id: r.id,
          reviewId: id,
          superviseeId: p.id,
          competencyCode: r.code,
          level: r.level,
          comment: r.comment,
        });
        for (const e of r.evidence)
          out.ratingEvidence.push({
            id: rng.uuid(),
            ratingId: r.id,
            sessionId: e.id,
            noteId: null,
            reflectionId: null,
          });
      }
    }
  }
  return out;
};
