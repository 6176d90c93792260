// Invented names and places for sample data: combinations chosen to read as clearly fictional.
export const GIVEN_NAMES = [
  'Avery',
  'Briar',
  'Calloway',
  'Dashiell',
  'Ember',
  'Fenwick',
  'Galen',
  'Harlow',
  'Ione',
  'Juniper',
  'Kestrel',
  'Linden',
  'Marlowe',
  'Nerys',
  'Orrin',
  'Perrin',
  'Quill',
  'Rowan',
  'Sable',
  'Tamsin',
  'Umber',
  'Vesper',
  'Wren',
  'Yarrow',
  'Zephyr',
] as const;
export const FAMILY_NAMES = [
  'Ashgrove',
  'Brackenfield',
  'Cinderhall',
  'Dovecote',
  'Elderwick',
  'Fallowmere',
  'Glimmerdale',
  'Hollowell',
  'Ivystone',
  'Juniperton',
  'Kettleby',
  'Larkspur',
  'Mossbank',
  'Nettlefold',
  'Oakhurst',
  'Pebblebrook',
  'Quarrington',
  'Rookwood',
  'Saltmarsh',
  'Thistlewood',
] as const;
export const PROGRAMS: Record<string, readonly string[]> = {
  psychiatry_resident: ['Meadowview Psychiatry Residency', 'Bramblewood Psychiatry Residency'],
  psychology_trainee: ['Northgate Psychology Internship', 'Stonebridge Doctoral Internship'],
  counseling_associate: ['Riverbend Counseling Program', 'Foxglove Counseling Associates'],
  social_work_associate: ['Hillcrest Social Work Fellowship', 'Willowmere Community Services'],
  mft_associate: ['Lakeside Family Therapy Institute', 'Cobblestone Family Services'],
  other: ['Riverbend Counseling Program'],
};
export const SITES = [
  'Maple Street Community Clinic',
  'Harborview Youth Services',
  'Cedar Hollow Counseling Center',
  'Eastfield Family Resource Center',
  'Summit Behavioral Health',
] as const;
export const LICENCE_TRACKS: Record<string, readonly string[]> = {
  psychiatry_resident: ['PGY-2', 'PGY-3', 'PGY-4'],
  psychology_trainee: ['Doctoral intern', 'Postdoctoral fellow'],
  counseling_associate: ['LPC Associate', 'LPCC Associate'],
  social_work_associate: ['ASW', 'LMSW'],
  mft_associate: ['AMFT'],
  other: ['Trainee'],
};

// Generic supervision topics (no case material): what a log's "topics" column typically holds.
export const TOPICS = [
  'Treatment planning',
  'Risk assessment review',
  'Documentation and consent',
  'Case conceptualization',
  'Ethics and boundaries',
  'Countertransference',
  'Termination planning',
  'Cultural considerations',
  'Self-care and workload',
  'Skill practice: motivational interviewing',
  'Group facilitation',
  'Crisis protocol review',
] as const;

// Invented, generic case material for sample case notes: no real client, nothing identifying.
export const CONCERNS = [
  'Low mood after a job loss',
  'Panic attacks at work',
  'Conflict with a teenage child',
  'Grief after a parent’s death',
  'Drinking more since a move',
  'Sleep trouble and worry',
  'Couple arguing about money',
  'School refusal',
] as const;
export const DISCUSSIONS = [
  'Pacing of the work and what the client can tolerate this month.',
  'Whether the formulation still fits after the last two sessions.',
  'How the supervisee set the agenda, and the client’s silence.',
  'Homework not done three weeks running; what it may mean.',
  'Rupture in the last session and how it was repaired.',
] as const;
export const GUIDANCE = [
  'Screen for risk at the start of each session and record it.',
  'Slow down; agree one goal for the next four sessions.',
  'Name the rupture with the client and invite feedback.',
  'Consult the family therapy literature on triangulation.',
  'Bring a recording of the next session to supervision.',
] as const;
export const REACTIONS = [
  'Felt rushed, as the client does.',
  'Noticed wanting to rescue the client.',
  'Irritated, then guilty about it.',
  'Drawn in and hopeful; unsure it is warranted.',
  'Tired and flat after these sessions.',
] as const;
export const PLANS = [
  'Behavioural activation, weekly review.',
  'Graded exposure hierarchy built together.',
  'Family session in two weeks.',
  'Safety plan reviewed each session.',
  'Refer for a medication review.',
] as const;
export const ACTIONS = [
  'Complete a safety plan',
  'Read on graded exposure',
  'Bring a session recording',
  'Check the consent form is signed',
  'Review the treatment plan with the client',
] as const;
// Sample answers to reflective prompts: the supervisee's voice, about no one in particular.
export const ANSWERS = [
  'I went quiet when the silence grew, and filled it too soon.',
  'Pulled to reassure; I think I was soothing myself as much as them.',
  'Better than last month: I named the rupture instead of smoothing it over.',
  'Stuck, and a little ashamed to bring it here.',
  'I want to try slowing the first ten minutes down.',
  'The agency’s session limit is shaping what I dare to start.',
  'More confident with the risk questions now that I ask them every time.',
  'I notice I hurry here too, the way I hurry in the room.',
] as const;
export const THEMES = [
  'pacing',
  'boundaries',
  'confidence',
  'rupture and repair',
  'self-care',
  'asking about risk',
] as const;
// Goals a supervisee and supervisor agree on, and what a review of one might say.
export const GOALS = [
  'Screen for risk at every first session and document it',
  'Build a case formulation for each client within four sessions',
  'Bring one recording a month to supervision',
  'Lead a group session with a co-facilitator',
  'Name and repair ruptures in the room',
  'Complete the assessment battery training',
] as const;
// What a review says, by the status it gives the goal.
export const GOAL_COMMENTS = {
  not_started: ['Not begun yet; agreed to start next month.'],
  in_progress: ['Steady progress; keep going.', 'Harder than expected this quarter.'],
  met: ['Clear gains, seen in the last two recordings.', 'Met: seen consistently now.'],
  set_aside: ['Set aside while the caseload changed.'],
} as const;
