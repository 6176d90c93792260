// Seeded sample data. The app's "Explore with sample data", `cli demo`, the tests and (later) the
// benchmark all draw from here, so every scale means the same data everywhere.
import { DIRECT_ACTIVITIES, DISCIPLINES, GOAL_STATUSES, RISK_FLAGS, type SuperviseeStatus } from '../../contract/enums';
import type { Supervisee } from '../../contract/supervisees';
import type { Entities } from '../data-transfer/json-format';
import { createRng } from './prng';
import { BUILTIN_PROMPT_SETS } from '../reflections/builtin';
import {
  ACTIONS,
  ANSWERS,
  CONCERNS,
  DISCUSSIONS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GOAL_COMMENTS,
  GOALS,
  GUIDANCE,
  LICENCE_TRACKS,
  PLANS,
  PROGRAMS,
  REACTIONS,
  SITES,
  THEMES,
  TOPICS,
} from './vocabulary';
import { generateGrowth, noGrowth } from './growth';

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
export const DEFAULT_SEED = 20261122;

// Which built-in rule pack a sample supervisee of each discipline follows.
const RULE_PACK_FOR: Record<string, string> = {
  counseling_associate: 'tx-lpc',
  mft_associate: 'ca-bbs',
  social_work_associate: 'ca-bbs',
  psychology_trainee: 'appic-aapi',
};

export interface SampleData {
  supervisees: Supervisee[];
  sessions: Entities['sessions'];
  clientHours: Entities['clientHours'];
  caseNotes: Entities['caseNotes'];
  noteActions: Entities['noteActions'];
  agreements: Entities['agreements'];
  goals: Entities['goals'];
  goalReviews: Entities['goalReviews'];
  promptSets: Entities['promptSets'];
  reflections: Entities['reflections'];
  preparedPrompts: Entities['preparedPrompts'];
  competencyReviews: Entities['competencyReviews'];
  ratings: Entities['ratings'];
  ratingEvidence: Entities['ratingEvidence'];
  constellationMembers: Entities['constellationMembers'];
  allianceCheckins: Entities['allianceCheckins'];
  feedbackReceived: Entities['feedbackReceived'];
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function generateSampleData(
  opts: { scale?: Scale; seed?: number; today?: Date; sessions?: boolean } = {},
): SampleData {
  const rng = createRng(opts.seed ?? DEFAULT_SEED);
  const today = opts.today ?? new Date(Date.UTC(2026, 10, 1));
  const scale = SCALES[opts.scale ?? 'small'];
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
  const none = {
    agreements: [],
    goals: [],
    goalReviews: [],
    promptSets: [],
    reflections: [],
    preparedPrompts: [],
    ...noGrowth(),
  };
  if (opts.sessions === false)
    return { supervisees, sessions: [], clientHours: [], caseNotes: [], noteActions: [], ...none };
  const { sessions, clientHours } = generateSessions(rng, supervisees, scale.sessionsEach, today);
  // Their own random stream, so adding notes left every earlier record as it was.
  const notes = generateNotes(createRng((opts.seed ?? DEFAULT_SEED) + 1), sessions, scale, today);
  const agreed = generateAgreements(createRng((opts.seed ?? DEFAULT_SEED) + 3), supervisees, today);
  const reflective = generateReflections(
    createRng((opts.seed ?? DEFAULT_SEED) + 2),
    supervisees,
    sessions,
    agreed.goals,
    scale.reflectPerSession,
    today,
  );
  const growth = generateGrowth(createRng((opts.seed ?? DEFAULT_SEED) + 4), supervisees, sessions, today, scale);
  return { supervisees, sessions, clientHours, ...notes, ...agreed, ...reflective, ...growth };
}

// One of the supervisor's own sets; a prompt or two answered after `rate` of the sessions (from a
// built-in set or that one), with a theme now and then; and two prompts waiting for the first
// active supervisee's next meeting.
function generateReflections(
  rng: ReturnType<typeof createRng>,
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

// For each supervisee, the agreement written when supervision started (amended once for a third,
// with the reason), three goals with target dates, and a review of each goal every three months
// of supervision so far, moving from not started to in progress to met (now and then set aside).
function generateAgreements(
  rng: ReturnType<typeof createRng>,
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

// How many of something the `i`th session gets at `rate` per session: spread evenly, so a rate of
// a quarter gives the first session of every four one, and a rate of two gives every session two.
const CASELOAD = 12;

const share = (i: number, rate: number) => Math.ceil((i + 1) * rate - 1e-9) - Math.ceil(i * rate - 1e-9);

// Notes about the cases of a session; now and then a risk flag, and half the time an action item
// due a week later (done, unless that week is not yet over).
function generateNotes(
  rng: ReturnType<typeof createRng>,
  sessions: SampleData['sessions'],
  scale: { notesPerSession: number; noteSentences: number },
  today: Date,
) {
  const caseNotes: SampleData['caseNotes'] = [];
  const noteActions: SampleData['noteActions'] = [];
  const weekAgo = isoDay(new Date(today.getTime() - 7 * 86_400_000));
  const say = (from: readonly string[]) => Array.from({ length: scale.noteSentences }, () => rng.pick(from)).join(' ');
  sessions.forEach((s, i) => {
    for (let k = 0; k < share(i, scale.notesPerSession); k++) note(s, k);
  });
  function note(s: SampleData['sessions'][number], k: number) {
    const ts = `${s.date}T18:0${k}:00.000Z`;
    const codes = s.casesDiscussed.split(', ');
    const id = rng.uuid();
    caseNotes.push({
      id,
      superviseeId: s.superviseeId,
      sessionId: s.id,
      date: s.date,
      caseCode: codes[k % codes.length]!,
      presentingConcern: rng.pick(CONCERNS),
      discussion: say(DISCUSSIONS),
      guidance: say(GUIDANCE),
      reactions: say(REACTIONS),
      plan: say(PLANS),
      riskFlags: rng.chance(0.12) ? [rng.pick(RISK_FLAGS)] : [],
      identifiersReason: null,
      deletedAt: null,
      createdAt: ts,
      updatedAt: ts,
    });
    if (rng.chance(0.5)) {
      const due = isoDay(new Date(Date.parse(s.date) + 7 * 86_400_000));
      noteActions.push({
        id: rng.uuid(),
        noteId: id,
        superviseeId: s.superviseeId,
        text: rng.pick(ACTIONS),
        due,
        doneAt: due < weekAgo ? `${due}T12:00:00.000Z` : null,
        doneOn: due < weekAgo ? due : null,
        createdAt: ts,
      });
    }
  }
  return { caseNotes, noteActions };
}

// Weekly supervision, newest week ending at `today`, going back `each` weeks, with the client
// hours the supervisee reported at each session.
function generateSessions(rng: ReturnType<typeof createRng>, people: Supervisee[], each: number, today: Date) {
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
