// The sample's supervisees: fictional names, a discipline each, and the rule pack their board uses.
import { DISCIPLINES, type SuperviseeStatus } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import { isoDay, type Sampler } from '../sample-data/sampler';
import { FAMILY_NAMES, GIVEN_NAMES, LICENCE_TRACKS, PROGRAMS, SITES } from '../sample-data/vocabulary';

const RULE_PACK_FOR: Record<string, string> = {
  counseling_associate: 'tx-lpc',
  mft_associate: 'ca-bbs',
  social_work_associate: 'ca-bbs',
  psychology_trainee: 'appic-aapi',
};

export const sampleSupervisees: Sampler = ({ main: rng, today, scale }) => {
  const count = scale.supervisees;
  const used = new Set<string>();
  const supervisees: Supervisee[] = [];
  const combinations = GIVEN_NAMES.length * FAMILY_NAMES.length;
  for (let i = 0; i < count; i++) {
    let name: string;
    // Beyond the name combinations, a roman-style suffix keeps names unique and still fictional.
    do {
      const round = used.size >= combinations ? ` ${Math.floor(used.size / combinations) + 1}` : '';
      name = `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}${round}`;
    } while (used.has(name));
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
      rulePack: RULE_PACK_FOR[discipline] ?? null,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });
  }
  return { supervisees };
};
