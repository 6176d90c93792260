// Framework templates shipped with the app, as versioned data (like the rule packs). Names and codes
// only: ACGME's milestone text is copyrighted, so a program imports its own licensed copy as a
// custom framework. A changed template ships as a new version with a new id; the old one stays for
// the ratings made against it. Level labels are in our own words.
import type { Framework } from '../../contract/frameworks';

export type BuiltinFramework = Omit<Framework, 'builtIn' | 'retiredAt' | 'createdAt'>;

const OWN_WORDS_LABELS = [
  { level: 1, label: 'Beginning' },
  { level: 2, label: 'Developing' },
  { level: 3, label: 'Intermediate' },
  { level: 4, label: 'Ready for independent practice' },
  { level: 5, label: 'Advanced' },
];

const list = (group: string, items: [string, string][]) => items.map(([code, name]) => ({ code, name, group }));

export const BUILTIN_FRAMEWORKS: BuiltinFramework[] = [
  {
    id: 'apa-pwc-1',
    family: 'apa-pwc',
    version: 1,
    name: 'APA profession-wide competencies',
    scaleMin: 1,
    scaleMax: 5,
    halfLevels: false,
    targetLevel: 4,
    levelLabels: OWN_WORDS_LABELS,
    competencies: list('', [
      ['RES', 'Research'],
      ['ETH', 'Ethical and legal standards'],
      ['DIV', 'Individual and cultural diversity'],
      ['PRO', 'Professional values, attitudes and behaviors'],
      ['COM', 'Communication and interpersonal skills'],
      ['ASM', 'Assessment'],
      ['INT', 'Intervention'],
      ['SUP', 'Supervision'],
      ['CON', 'Consultation and interprofessional/interdisciplinary skills'],
    ]),
  },
  {
    id: 'cacrep-foundations-1',
    family: 'cacrep-foundations',
    version: 1,
    name: 'CACREP foundational areas',
    scaleMin: 1,
    scaleMax: 5,
    halfLevels: false,
    targetLevel: 4,
    levelLabels: OWN_WORDS_LABELS,
    competencies: list('', [
      ['F1', 'Professional counseling orientation and ethical practice'],
      ['F2', 'Social and cultural diversity'],
      ['F3', 'Human growth and development'],
      ['F4', 'Career development'],
      ['F5', 'Counseling and helping relationships'],
      ['F6', 'Group counseling and group work'],
      ['F7', 'Assessment and testing'],
      ['F8', 'Research and program evaluation'],
    ]),
  },
  {
    id: 'acgme-psychiatry-1',
    family: 'acgme-psychiatry',
    version: 1,
    name: 'ACGME psychiatry milestones (codes and names)',
    scaleMin: 1,
    scaleMax: 5,
    halfLevels: true,
    // Level 4 is the graduation target.
    targetLevel: 4,
    levelLabels: [],
    competencies: [
      ...list('Patient care', [
        ['PC1', 'Psychiatric evaluation'],
        ['PC2', 'Psychiatric formulation and differential diagnosis'],
        ['PC3', 'Treatment planning and management'],
        ['PC4', 'Psychotherapy'],
        ['PC5', 'Somatic therapies'],
      ]),
      ...list('Medical knowledge', [
        ['MK1', 'Development through the life cycle'],
        ['MK2', 'Psychopathology'],
        ['MK3', 'Clinical neuroscience'],
        ['MK4', 'Psychotherapy'],
        ['MK5', 'Somatic therapies'],
      ]),
      ...list('Systems-based practice', [
        ['SBP1', 'Patient safety and quality improvement'],
        ['SBP2', 'System navigation for patient-centered care'],
        ['SBP3', 'Physician role in health care systems'],
      ]),
      ...list('Practice-based learning and improvement', [
        ['PBLI1', 'Evidence-based and informed practice'],
        ['PBLI2', 'Reflective practice and commitment to personal growth'],
      ]),
      ...list('Professionalism', [
        ['PROF1', 'Professional behavior and ethical principles'],
        ['PROF2', 'Accountability and conscientiousness'],
        ['PROF3', 'Well-being'],
      ]),
      ...list('Interpersonal and communication skills', [
        ['ICS1', 'Patient- and family-centered communication'],
        ['ICS2', 'Interprofessional and team communication'],
        ['ICS3', 'Communication within health care systems'],
      ]),
    ],
  },
];

// The newest shipped version of each template family.
export function newestBuiltins(): BuiltinFramework[] {
  const newest = new Map<string, BuiltinFramework>();
  for (const f of BUILTIN_FRAMEWORKS) if ((newest.get(f.family)?.version ?? 0) < f.version) newest.set(f.family, f);
  return [...newest.values()];
}
