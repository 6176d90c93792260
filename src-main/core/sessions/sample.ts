// The sample's sessions, with the client hours reported at each.
import { DIRECT_ACTIVITIES } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import type { Rng } from '../sample-data/prng';
import { isoDay, type SampleData, type Sampler } from '../sample-data/sampler';
import { TOPICS } from '../sample-data/vocabulary';

// A caseload of twelve clients each, so a case comes back week after week and its thread grows.
const CASELOAD = 12;

// Weekly supervision, newest week ending at `today`, going back `each` weeks, with the client
// hours the supervisee reported at each session.
function generateSessions(rng: Rng, people: Supervisee[], each: number, today: Date) {
  const sessions: SampleData['sessions'] = [];
  const clientHours: SampleData['clientHours'] = [];
  for (const [pi, p] of people.entries()) {
    const site = p.site;
    // A caseload of twelve clients each, so a case comes back week after week and its thread grows.
    const caseCode = (n: number) => `C-${100 + (n % CASELOAD) + CASELOAD * (pi % 75)}`;
    for (let w = 0; w < each; w++) {
      const day = new Date(today.getTime() - (w * 7 + rng.int(0, 4)) * 86_400_000);
      const date = isoDay(day);
      const roll = rng.next();
      const format = roll < 0.7 ? 'individual' : roll < 0.85 ? 'triadic' : 'group';
      const ts = `${date}T17:00:00.000Z`;
      const id = rng.uuid();
      sessions.push({
        id,
        superviseeId: p.id,
        date,
        startTime: `${String(rng.int(8, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`,
        durationMinutes: format === 'group' ? rng.pick([90, 120]) : rng.pick([45, 50, 60, 60, 60, 90]),
        format,
        groupSize: format === 'group' ? rng.int(3, 8) : null,
        modality: rng.chance(0.6) ? 'in_person' : rng.chance(0.8) ? 'video' : 'phone',
        observation: rng.chance(0.8) ? 'none' : rng.pick(['live', 'video', 'audio'] as const),
        attendance: 'held',
        site,
        casesDiscussed: Array.from({ length: rng.int(1, 3) }, () => caseCode(rng.int(100, 999))).join(', '),
        topics: rng.pick(TOPICS),
        summary: '',
        followUps: '',
        deletedAt: null,
        createdAt: ts,
        updatedAt: ts,
      });
      const direct = rng.int(6, 18);
      const main = rng.pick(DIRECT_ACTIVITIES);
      clientHours.push({
        id: rng.uuid(),
        superviseeId: p.id,
        sessionId: id,
        periodStart: date,
        periodEnd: date,
        kind: 'direct',
        activity: 'individual',
        hours: direct - 2,
        createdAt: ts,
      });
      clientHours.push({
        id: rng.uuid(),
        superviseeId: p.id,
        sessionId: id,
        periodStart: date,
        periodEnd: date,
        kind: 'direct',
        activity: main === 'individual' ? 'group' : main,
        hours: 2,
        createdAt: ts,
      });
      clientHours.push({
        id: rng.uuid(),
        superviseeId: p.id,
        sessionId: id,
        periodStart: date,
        periodEnd: date,
        kind: 'indirect',
        activity: null,
        hours: rng.int(2, 6),
        createdAt: ts,
      });
    }
  }
  return { sessions, clientHours };
}

export const sampleSessions: Sampler = ({ main, made, scale, today }) =>
  generateSessions(main, made.supervisees, scale.sessionsEach, today);
