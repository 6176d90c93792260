// Seeded sample data. The app's "Explore with sample data", `cli demo`, the tests and (later) the
// benchmark all draw from here, so every scale means the same data everywhere.
import { DISCIPLINES, type SuperviseeStatus } from '../../contract/enums';
import type { Supervisee } from '../../contract/schemas';
import { createRng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, LICENCE_TRACKS, PROGRAMS, SITES } from './vocabulary';

// TARGETS.md scales. Only entities that exist are generated; each later feature adds its own here
// (career: 50,000 sessions, 100,000 notes, ... once those records exist).
export const SCALES = { small: { supervisees: 5 }, career: { supervisees: 200 }, program: { supervisees: 2000 } } as const;
// Bump when the generator's output changes, so cached benchmark vaults are rebuilt.
export const GENERATOR_VERSION = 1;
export type Scale = keyof typeof SCALES;
export const DEFAULT_SEED = 20261122;

export interface SampleData {
  supervisees: Supervisee[];
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function generateSampleData(opts: { scale?: Scale; seed?: number; today?: Date } = {}): SampleData {
  const rng = createRng(opts.seed ?? DEFAULT_SEED);
  const today = opts.today ?? new Date(Date.UTC(2026, 10, 1));
  const count = SCALES[opts.scale ?? 'small'].supervisees;
  const used = new Set<string>();
  const supervisees: Supervisee[] = [];
  const combinations = GIVEN_NAMES.length * FAMILY_NAMES.length;
  for (let i = 0; i < count; i++) {
    let name: string;
    // Beyond the name combinations, a roman-style suffix keeps names unique and still fictional.
    do name = `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}${used.size >= combinations ? ` ${Math.floor(used.size / combinations) + 1}` : ''}`;
    while (used.has(name));
    used.add(name);
    const discipline = DISCIPLINES[i % (DISCIPLINES.length - 1)]!;
    const start = new Date(today.getTime() - rng.int(60, 900) * 86_400_000);
    const status: SuperviseeStatus = i === count - 1 ? 'completed' : rng.chance(0.15) ? 'paused' : 'active';
    const end = status === 'completed' ? new Date(start.getTime() + rng.int(200, 400) * 86_400_000) : null;
    const created = start.toISOString();
    supervisees.push({
      id: rng.uuid(),
      fullName: name,
      discipline,
      licenceTrack: rng.pick(LICENCE_TRACKS[discipline] ?? ['Trainee']),
      registrationNumber: `SAMPLE-${rng.int(10000, 99999)}`,
      program: rng.pick(PROGRAMS[discipline] ?? ['Riverbend Counseling Program']),
      site: rng.pick(SITES),
      supervisionStart: isoDay(start),
      supervisionEnd: end && end < today ? isoDay(end) : null,
      status,
      rulePack: null,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });
  }
  return { supervisees };
}
