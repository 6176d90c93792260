// Built-in rule packs. Figures from docs/domain.md (public board rules); users read them in the app and
// can start a custom pack from any of them. Bump `version` when a figure changes.
import type { RulePack } from '../../contract/rules';

export const BUILTIN_RULE_PACKS: RulePack[] = [
  {
    id: 'ca-bbs',
    name: 'California BBS (MFT, LPCC, LCSW associates)',
    version: '2026.3',
    source: 'California Board of Behavioral Sciences, experience requirements for associates',
    signsBy: 'week',
    retentionYears: 7,
    unitHours: { individualTriadic: 1, group: 2 },
    targets: [
      { id: 'total', label: 'Total experience hours', metric: 'total_hours', min: 3000 },
      { id: 'direct', label: 'Direct counseling hours', metric: 'direct_hours', min: 1750 },
      { id: 'span', label: 'Weeks of experience', metric: 'weeks_span', min: 104 },
    ],
    rules: [
      { id: 'ca-bbs-40', kind: 'week_max_total_hours', label: 'No more than 40 hours claimed in any 7 days', max: 40 },
      {
        id: 'ca-bbs-units',
        kind: 'week_units_when_direct_over',
        label: 'A week with more than 10 direct hours needs 2 units of supervision',
        directOver: 10,
        minUnits: 2,
      },
    ],
  },
  {
    id: 'tx-lpc',
    name: 'Texas LPC associate',
    version: '2026.3',
    source: 'Texas Behavioral Health Executive Council, LPC associate supervised experience',
    signsBy: 'supervision',
    retentionYears: 7,
    registrationMonths: 60,
    targets: [
      { id: 'total', label: 'Total hours', metric: 'total_hours', min: 3000 },
      { id: 'direct', label: 'Direct client hours', metric: 'direct_hours', min: 1500 },
      { id: 'span', label: 'Weeks of experience (18 months)', metric: 'weeks_span', min: 78 },
    ],
    rules: [
      {
        id: 'tx-lpc-month',
        kind: 'month_min_supervision_hours',
        label: 'At least 4 hours of supervision a month',
        min: 4,
      },
      { id: 'tx-lpc-group', kind: 'group_share_max', label: 'At most half of supervision may be group', maxShare: 0.5 },
    ],
  },
  {
    id: 'nbcc',
    name: 'NBCC national counselor',
    version: '2026.3',
    source: 'National Board for Certified Counselors, post-degree experience and supervision',
    signsBy: 'supervision',
    retentionYears: 7,
    targets: [
      { id: 'total', label: 'Post-degree work hours', metric: 'total_hours', min: 3000 },
      { id: 'supervision', label: 'Hours of supervision', metric: 'supervision_hours', min: 100 },
    ],
    rules: [],
  },
  {
    id: 'cacrep-practicum',
    name: 'CACREP practicum',
    version: '2026.3',
    source: 'CACREP accreditation standards, practicum',
    signsBy: 'month',
    retentionYears: 7,
    targets: [
      { id: 'total', label: 'Practicum hours', metric: 'total_hours', min: 100 },
      { id: 'direct', label: 'Direct service hours', metric: 'direct_hours', min: 40 },
      { id: 'span', label: 'Weeks', metric: 'weeks_span', min: 10 },
    ],
    rules: [
      {
        id: 'cacrep-weekly',
        kind: 'week_min_individual_triadic_hours',
        label: 'About 1 hour a week of individual or triadic supervision',
        min: 1,
      },
    ],
  },
  {
    id: 'cacrep-internship',
    name: 'CACREP internship',
    version: '2026.3',
    source: 'CACREP accreditation standards, internship',
    signsBy: 'month',
    retentionYears: 7,
    targets: [
      { id: 'total', label: 'Internship hours', metric: 'total_hours', min: 600 },
      { id: 'direct', label: 'Direct service hours', metric: 'direct_hours', min: 240 },
    ],
    rules: [
      {
        id: 'cacrep-weekly',
        kind: 'week_min_individual_triadic_hours',
        label: 'About 1 hour a week of individual or triadic supervision',
        min: 1,
      },
    ],
  },
  {
    id: 'appic-aapi',
    name: 'APPIC AAPI categories (psychology internship application)',
    version: '2026.3',
    source: 'APPIC Application for Psychology Internship: hours by category, reported in whole hours',
    signsBy: 'supervision',
    retentionYears: 7,
    targets: [
      // The application reports these hours; each program sets its own minimum, so none is set here.
      { id: 'intervention', label: 'Intervention hours (direct)', metric: 'direct_hours', min: null },
      { id: 'support', label: 'Support hours (indirect)', metric: 'indirect_hours', min: null },
      { id: 'supervision', label: 'Supervision received', metric: 'supervision_hours', min: null },
    ],
    rules: [],
  },
];
