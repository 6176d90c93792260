// The sample's agreements, goals and goal reviews.
import type { GOAL_STATUSES } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import type { Rng } from '../sample-data/prng';
import { isoDay, type SampleData, type Sampler } from '../sample-data/sampler';
import { GOAL_COMMENTS, GOALS } from '../sample-data/vocabulary';

// For each supervisee, the agreement written when supervision started (amended once for a third,
// with the reason), three goals with target dates, and a review of each goal every three months
// of supervision so far, moving from not started to in progress to met (now and then set aside).
function generateAgreements(
  rng: Rng,
  supervisees: Supervisee[],
  today: Date,
): Pick<SampleData, 'agreements' | 'goals' | 'goalReviews'> {
  const out: Pick<SampleData, 'agreements' | 'goals' | 'goalReviews'> = { agreements: [], goals: [], goalReviews: [] };
  const day = (base: string, days: number) => isoDay(new Date(Date.parse(base) + days * 86_400_000));
  const todayDay = isoDay(today);
  for (const p of supervisees) {
    const start = p.supervisionStart;
    const at = `${start}T10:00:00.000Z`;
    const ends = p.supervisionEnd ?? day(start, 730);
    const first = {
      id: rng.uuid(),
      superviseeId: p.id,
      version: 1,
      frequency: 'weekly' as const,
      format: 'Individual, in person or by video; one hour',
      feedback: 'Written feedback after each recording; the supervisee says each month what helps and what does not.',
      evaluationDates: [day(start, 182), day(start, 365)].filter((d) => d <= ends),
      endsOn: ends,
      endingSteps: ['final_evaluation', 'final_hours', 'closing_reflection'] as const,
      endingPlan: 'A final evaluation meeting, the hour log signed, and a closing reflection together.',
      reason: null,
      agreedOn: start,
      createdAt: at,
    };
    out.agreements.push({ ...first, endingSteps: [...first.endingSteps] });
    const amendOn = day(start, 120);
    if (rng.chance(0.35) && amendOn <= todayDay)
      out.agreements.push({
        ...first,
        endingSteps: [...first.endingSteps],
        id: rng.uuid(),
        version: 2,
        frequency: 'fortnightly',
        reason: 'Moved to every two weeks as the supervisee grew more independent.',
        agreedOn: amendOn,
        createdAt: `${amendOn}T10:00:00.000Z`,
      });
    // Three different goals: a random start in the list, then every other one.
    const from = rng.int(0, GOALS.length - 1);
    for (const text of [0, 2, 4].map((k) => GOALS[(from + k) % GOALS.length]!)) {
      const g = {
        id: rng.uuid(),
        superviseeId: p.id,
        text,
        targetDate: day(start, rng.int(150, 400)),
        status: 'not_started' as (typeof GOAL_STATUSES)[number],
        setOn: start,
        createdAt: at,
        updatedAt: at,
      };
      for (let d = 91, step = 0; day(start, d) <= todayDay && d <= 730 && g.status !== 'met'; d += 91, step++) {
        const status = rng.chance(0.08)
          ? 'set_aside'
          : step === 0
            ? 'in_progress'
            : rng.chance(0.4)
              ? 'met'
              : 'in_progress';
        out.goalReviews.push({
          id: rng.uuid(),
          goalId: g.id,
          superviseeId: p.id,
          reviewedOn: day(start, d),
          status,
          comment: rng.pick(GOAL_COMMENTS[status]),
          createdAt: `${day(start, d)}T11:00:00.000Z`,
        });
        g.status = status;
        g.updatedAt = `${day(start, d)}T11:00:00.000Z`;
        if (status === 'set_aside') break;
      }
      out.goals.push(g);
    }
  }
  return out;
}

export const sampleAgreements: Sampler = ({ stream, made, today }) =>
  generateAgreements(stream(3), made.supervisees, today);
