// The sample's reflections, one prompt set of the supervisor's own, and prompts prepared for a meeting.
import type { Supervisee } from '../../contract/supervisees';
import type { Rng } from '../sample-data/prng';
import { isoDay, share, type SampleData, type Sampler } from '../sample-data/sampler';
import { ANSWERS, THEMES } from '../sample-data/vocabulary';
import { BUILTIN_PROMPT_SETS } from './builtin';

// One of the supervisor's own sets; a prompt or two answered after `rate` of the sessions (from a
// built-in set or that one), with a theme now and then; and two prompts waiting for the first
// active supervisee's next meeting.
function generateReflections(
  rng: Rng,
  supervisees: Supervisee[],
  sessions: SampleData['sessions'],
  goals: SampleData['goals'],
  rate: number,
  today: Date,
): Pick<SampleData, 'promptSets' | 'reflections' | 'preparedPrompts'> {
  // An alliance answer is about one of the supervisee's goals set by then, when there is one.
  const goalsOf = new Map<string, SampleData['goals']>();
  for (const g of goals) goalsOf.set(g.superviseeId, [...(goalsOf.get(g.superviseeId) ?? []), g]);
  const made = `${isoDay(new Date(today.getTime() - 400 * 86_400_000))}T09:00:00.000Z`;
  const own = {
    id: rng.uuid(),
    name: 'Strengths first',
    model: 'Solution-focused',
    version: 1,
    prompts: [
      { id: 'p1', text: 'What went better than you expected?' },
      { id: 'p2', text: 'What did you do that helped?' },
    ],
    retiredAt: null,
    createdAt: made,
    updatedAt: made,
  };
  const sets = [...BUILTIN_PROMPT_SETS, { ...own, version: '1' }];
  const reflections: SampleData['reflections'] = [];
  sessions.forEach((s, i) => {
    if (!share(i, rate)) return;
    const set = rng.pick(sets);
    const themes = rng.chance(0.6) ? [rng.pick(THEMES)] : [];
    for (const prompt of set.prompts.slice(0, rng.int(1, 2)))
      reflections.push({
        id: rng.uuid(),
        superviseeId: s.superviseeId,
        sessionId: s.id,
        caseCode: rng.chance(0.5) ? s.casesDiscussed.split(', ')[0]! : null,
        goalId:
          set.id === 'alliance' ? (goalsOf.get(s.superviseeId)?.find((g) => g.setOn <= s.date)?.id ?? null) : null,
        setId: set.id,
        setVersion: set.version,
        promptId: prompt.id,
        promptText: prompt.text,
        answer: rng.pick(ANSWERS),
        themes,
        reflectedOn: s.date,
        createdAt: `${s.date}T19:00:00.000Z`,
      });
  });
  const first = supervisees.find((p) => p.status === 'active') ?? supervisees[0]!;
  const sevenEyed = BUILTIN_PROMPT_SETS.find((x) => x.id === 'seven-eyed')!;
  const preparedAt = `${isoDay(new Date(today.getTime() - 86_400_000))}T17:00:00.000Z`;
  const preparedPrompts = sevenEyed.prompts
    .filter((p) => p.id === 'stirred' || p.id === 'mirror')
    .map((p) => ({
      id: rng.uuid(),
      superviseeId: first.id,
      sessionId: null,
      setId: sevenEyed.id,
      setVersion: sevenEyed.version,
      promptId: p.id,
      promptText: p.text,
      createdAt: preparedAt,
    }));
  return { promptSets: [own], reflections, preparedPrompts };
}

export const sampleReflections: Sampler = ({ stream, made, scale, today }) =>
  generateReflections(stream(2), made.supervisees, made.sessions, made.goals, scale.reflectPerSession, today);
