// What the reflections feature's rows derive: their events on the timeline and their rows in the search index.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { reflections } from './tables';
import type { SearchArm } from '../search/search-sql';
import type { TimelineArm } from '../timeline/timeline-sql';

export const reflectionEvents: TimelineArm[] = [
  {
    kind: 'reflection',
    table: reflections,
    alias: 'r',
    at: 'r.reflected_on',
    label: 'substr(r.prompt_text, 1, 140)',
    detail: { setId: 'r.set_id', caseCode: 'r.case_code' },
  },
];

export const reflectionSearch: SearchArm[] = [
  {
    kind: 'reflection',
    table: reflections,
    alias: 'r',
    day: 'r.reflected_on',
    title: 'r.prompt_text',
    body: ['r.answer', 'r.themes'],
    shown: { caseCode: 'r.case_code' },
  },
];
