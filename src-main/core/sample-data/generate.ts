// Seeded sample data. The app's "Explore with sample data", `cli demo`, the tests and the benchmark
// all draw from here, so every scale means the same data everywhere. Each feature makes its own
// records (its `sample` in feature.ts), in the features' order, from what those before it made.
import { FEATURES } from '../features';
import { createRng } from './prng';
import { SCALES, type SampleContext, type SampleData, type Scale } from './sampler';

export { SCALES, type SampleData, type Scale } from './sampler';

// Bump when the generator's output changes, so cached benchmark vaults are rebuilt.
export const GENERATOR_VERSION = 12;
export const DEFAULT_SEED = 20261122;

const empty = (): SampleData => ({
  supervisees: [],
  sessions: [],
  clientHours: [],
  caseNotes: [],
  noteActions: [],
  agreements: [],
  goals: [],
  goalReviews: [],
  promptSets: [],
  reflections: [],
  preparedPrompts: [],
  competencyReviews: [],
  ratings: [],
  ratingEvidence: [],
  constellationMembers: [],
  allianceCheckins: [],
  feedbackReceived: [],
  supervisorLicences: [],
  supervisorTraining: [],
  supervisorSelfAssessments: [],
  recordRetention: [],
});

// `sessions: false` makes the supervisees only (the program-scale roster the benchmark picks from).
export function generateSampleData(
  opts: { scale?: Scale; seed?: number; today?: Date; sessions?: boolean } = {},
): SampleData {
  const seed = opts.seed ?? DEFAULT_SEED;
  const ctx: SampleContext = {
    main: createRng(seed),
    stream: (offset) => createRng(seed + offset),
    today: opts.today ?? new Date(Date.UTC(2026, 10, 1)),
    scale: SCALES[opts.scale ?? 'small'],
    made: empty(),
  };
  for (const f of FEATURES) {
    if (!f.sample) continue;
    Object.assign(ctx.made, f.sample(ctx));
    if (opts.sessions === false) break;
  }
  return ctx.made;
}
