// The sample's alliance check-ins, feedback received and the constellation: mostly 7 to 9, with a
// dip of a few weeks mid-year that recovers. All names are fictional.
import type { Entities } from '../data-transfer/json-format';
import { dayAfter, eachSupervisee, type Sampler } from '../sample-data/sampler';
import { FAMILY_NAMES } from '../sample-data/vocabulary';

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

const day = dayAfter;

export const sampleAlliance: Sampler = ({ stream, made, today, scale: opts }) => {
  const rng = stream(5);
  const out: Pick<Entities, 'allianceCheckins' | 'feedbackReceived' | 'constellationMembers'> = {
    allianceCheckins: [],
    feedbackReceived: [],
    constellationMembers: [],
  };
  for (const { person: p, sessions: mine, last } of eachSupervisee(made, today)) {
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
};
