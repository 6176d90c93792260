// What a feature lends the sample data (docs/adding-a-feature.md): a function that makes its records
// from what the features before it in the list made. Each feature draws from its own seeded stream,
// so adding a feature leaves every other feature's records as they were.
import type { Entities } from '../data-transfer/json-format';
import type { Rng } from './prng';

// docs/targets.md scales. Only entities that exist are generated; each later feature adds its own here
// (career: 50,000 sessions, 100,000 notes, ... once those records exist).
// Case notes: `notesPerSession` of them per session (a quarter: one session in four), each field
// `noteSentences` sentences long (career notes run to about 150 words, as docs/targets.md has them). Reflections: a
// sitting of one or two answers for `reflectPerSession` of the sessions.
// Reviews: every `reviewEveryDays` of supervision (quarterly in the sample; at career scale often
// enough to reach docs/targets.md's 200,000 ratings); alliance check-ins after `checkinsPerSession` of them.
export const SCALES = {
  small: {
    supervisees: 5,
    sessionsEach: 52,
    notesPerSession: 0.25,
    noteSentences: 1,
    reflectPerSession: 1 / 6,
    reviewEveryDays: 91,
    checkinsPerSession: 0.4,
  },
  career: {
    supervisees: 200,
    sessionsEach: 250,
    notesPerSession: 2,
    noteSentences: 5,
    reflectPerSession: 2 / 3,
    reviewEveryDays: 5,
    checkinsPerSession: 0.4,
  },
  program: {
    supervisees: 2000,
    sessionsEach: 250,
    notesPerSession: 2,
    noteSentences: 5,
    reflectPerSession: 2 / 3,
    reviewEveryDays: 5,
    checkinsPerSession: 0.4,
  },
} as const;
// Bump when the generator's output changes, so cached benchmark vaults are rebuilt.
export const GENERATOR_VERSION = 9;
export type Scale = keyof typeof SCALES;
export type SampleScale = (typeof SCALES)[Scale];

export type SampleData = Omit<Entities, 'settings' | 'signedPeriods' | 'frameworks'>;

export interface SampleContext {
  // The stream the supervisees and their sessions share.
  main: Rng;
  // A feature's own stream.
  stream(offset: number): Rng;
  today: Date;
  scale: SampleScale;
  // What the features before this one made.
  made: SampleData;
}

export type Sampler = (ctx: SampleContext) => Partial<SampleData>;

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// How many of something the `i`th session gets at `rate` per session: spread evenly, so a rate of
// a quarter gives the first session of every four one, and a rate of two gives every session two.
export const share = (i: number, rate: number) => Math.ceil((i + 1) * rate - 1e-9) - Math.ceil(i * rate - 1e-9);

// A day `days` after `base`.
export const dayAfter = (base: string, days: number) =>
  new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10);

// Each supervisee with their sessions not deleted, oldest first, and the last day of their
// supervision so far (its end, or today).
export function eachSupervisee(
  made: SampleData,
  today: Date,
): { person: SampleData['supervisees'][number]; sessions: SampleData['sessions']; last: string }[] {
  const todayDay = isoDay(today);
  const sessionsOf = new Map<string, SampleData['sessions']>();
  for (const s of made.sessions) sessionsOf.set(s.superviseeId, [...(sessionsOf.get(s.superviseeId) ?? []), s]);
  return made.supervisees.map((person) => ({
    person,
    sessions: (sessionsOf.get(person.id) ?? [])
      .filter((s) => !s.deletedAt)
      .sort((a, b) => a.date.localeCompare(b.date)),
    last: person.supervisionEnd && person.supervisionEnd < todayDay ? person.supervisionEnd : todayDay,
  }));
}
