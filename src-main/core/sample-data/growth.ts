// Sample competency reviews, alliance check-ins, feedback received and the constellation, telling a
// believable story: levels climb a step or half-step at most reviews, now and then one competency
// slips (a drop the review screen flags), and the alliance dips for a few weeks mid-year and
// recovers. Final reviews carry the SHA-256 the app would have written; the newest stays a draft
// when it is recent. All names are fictional.
import type { Entities } from '../data-transfer/json-format';
import type { Supervisee } from '../../contract/supervisees';
import { levelsOf } from '../../contract/levels';
import { BUILTIN_FRAMEWORKS } from '../frameworks/builtin';
import { reviewContentSha256 } from '../frameworks/reviews';
import type { Rng } from './prng';
import { FAMILY_NAMES } from './vocabulary';

export type GrowthData = Pick<
  Entities,
  'competencyReviews' | 'ratings' | 'ratingEvidence' | 'constellationMembers' | 'allianceCheckins' | 'feedbackReceived'
>;

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
const CHECKIN_COMMENTS = ['', '', 'Felt heard today.', 'Would like more time on cases.', 'Good pace.', 'A bit rushed.'];
const FEEDBACK = [
  {
    source: 'supervisee' as const,
    feedback: 'Would like more time on their own cases before group topics.',
    changed: 'Cases now come first in each meeting.',
  },
  {
    source: 'program' as const,
    feedback: 'Mid-year survey: expectations are clear; feedback could come sooner after recordings.',
    changed: 'Written feedback within two days of each recording.',
  },
  { source: 'supervisee' as const, feedback: 'The reflective questions help; the forms feel long.', changed: '' },
];
const CONSTELLATION = [
  { role: 'site_supervisor' as const, covers: 'Day-to-day casework and scheduling at the placement.' },
  { role: 'faculty' as const, covers: 'Program requirements and the end-of-year evaluation.' },
  { role: 'peer_mentor' as const, covers: 'A monthly peer consultation group.' },
];

export const noGrowth = (): GrowthData => ({
  competencyReviews: [],
  ratings: [],
  ratingEvidence: [],
  constellationMembers: [],
  allianceCheckins: [],
  feedbackReceived: [],
});

const day = (base: string, days: number) => new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10);

export function generateGrowth(
  rng: Rng,
  people: Supervisee[],
  sessions: Entities['sessions'],
  today: Date,
  opts: { reviewEveryDays: number; checkinsPerSession: number },
): GrowthData {
  const out = noGrowth();
  const todayDay = today.toISOString().slice(0, 10);
  const sessionsOf = new Map<string, Entities['sessions']>();
  for (const s of sessions) sessionsOf.set(s.superviseeId, [...(sessionsOf.get(s.superviseeId) ?? []), s]);

  for (const p of people) {
    const mine = (sessionsOf.get(p.id) ?? []).filter((s) => !s.deletedAt).sort((a, b) => a.date.localeCompare(b.date));
    const last = p.supervisionEnd && p.supervisionEnd < todayDay ? p.supervisionEnd : todayDay;
    const f = BUILTIN_FRAMEWORKS.find((x) => x.id === (FRAMEWORK_FOR[p.discipline] ?? 'apa-pwc-1'))!;
    const levels = levelsOf(f);
    // Each competency starts in the lower part of the scale and moves a step at a time.
    const at = new Map(f.competencies.map((c) => [c.code, rng.int(0, 1)]));
    let previousEnd = p.supervisionStart;
    for (let d = opts.reviewEveryDays; day(p.supervisionStart, d) <= last; d += opts.reviewEveryDays) {
      const reviewedOn = day(p.supervisionStart, d);
      const recent = Date.parse(todayDay) - Date.parse(reviewedOn) < 30 * 86_400_000;
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

    // Check-ins after some sessions: mostly 7 to 9, with a dip of a few weeks in the middle.
    const dipFrom = Math.floor(mine.length * 0.45);
    mine.forEach((s, i) => {
      const dip = i >= dipFrom && i < dipFrom + 4 ? 3 : 0;
      // The weeks of the dip are always checked in on, so the story shows.
      if (!dip && rng.next() >= opts.checkinsPerSession) return;
      const score = () => Math.max(0, Math.min(10, rng.int(7, 9) - dip));
      out.allianceCheckins.push({
        id: rng.uuid(),
        superviseeId: p.id,
        sessionId: s.id,
        checkedOn: s.date,
        respondent: rng.chance(0.8) ? 'supervisee' : 'supervisor',
        goals: score(),
        tasks: score(),
        bond: score(),
        comment: dip ? 'Things felt tense this week.' : rng.pick(CHECKIN_COMMENTS),
        createdAt: `${s.date}T18:00:00.000Z`,
      });
    });

    FEEDBACK.forEach((fb, k) => {
      const receivedOn = day(p.supervisionStart, 90 + k * 150);
      if (receivedOn > last) return;
      const ts = `${receivedOn}T12:00:00.000Z`;
      out.feedbackReceived.push({
        id: rng.uuid(),
        superviseeId: p.id,
        receivedOn,
        ...fb,
        createdAt: ts,
        updatedAt: ts,
      });
    });

    const ts = `${p.supervisionStart}T09:00:00.000Z`;
    for (const m of CONSTELLATION.slice(0, rng.int(1, CONSTELLATION.length)))
      out.constellationMembers.push({
        id: rng.uuid(),
        superviseeId: p.id,
        name: `Dr. ${rng.pick(FAMILY_NAMES)}`,
        ...m,
        createdAt: ts,
        updatedAt: ts,
      });
  }
  return out;
}
