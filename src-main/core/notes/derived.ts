// What the notes feature's rows derive: their events on the timeline and their rows in the search index.
// The SQL is generated from these (core/derived) and kept in the migrations.
import { caseNotes, noteActions } from './tables';
import type { SearchArm } from '../search/search-sql';
import type { TimelineArm } from '../timeline/timeline-sql';

// An action item shows its note's case code and is dated by it: made again when the note changes.
const onNote = { table: caseNotes, alias: 'n', on: 'n.id = a.note_id', refreshBy: 'note_id' };
const action = (done: string) => ({ caseCode: 'n.case_code', noteId: 'n.id', due: 'a.due', done });

export const noteEvents: TimelineArm[] = [
  {
    kind: 'note',
    table: caseNotes,
    alias: 'n',
    at: 'n.date',
    label: "n.case_code || iif(n.presenting_concern <> '', ' · ' || substr(n.presenting_concern, 1, 120), '')",
    flags: "iif(n.risk_flags = '[]', '', n.risk_flags)",
    detail: { caseCode: 'n.case_code' },
    where: 'n.deleted_at IS NULL',
  },
  {
    kind: 'action_created',
    table: noteActions,
    alias: 'a',
    join: onNote,
    at: 'n.date',
    label: 'substr(a.text, 1, 140)',
    detail: action('a.done_at IS NOT NULL'),
    where: 'n.deleted_at IS NULL',
  },
  {
    kind: 'action_due',
    table: noteActions,
    alias: 'a',
    join: onNote,
    at: 'a.due',
    label: 'substr(a.text, 1, 140)',
    detail: action('a.done_at IS NOT NULL'),
    where: 'n.deleted_at IS NULL AND a.due IS NOT NULL',
  },
  {
    kind: 'action_done',
    table: noteActions,
    alias: 'a',
    join: onNote,
    at: 'a.done_on',
    label: 'substr(a.text, 1, 140)',
    detail: action('1'),
    where: 'n.deleted_at IS NULL AND a.done_at IS NOT NULL',
  },
];

export const noteSearch: SearchArm[] = [
  {
    kind: 'note',
    table: caseNotes,
    alias: 'n',
    day: 'n.date',
    title: "n.case_code || ' ' || n.presenting_concern",
    body: ['n.discussion', 'n.guidance', 'n.reactions', 'n.plan'],
    tags: "iif(n.risk_flags != '[]', ' riskflag', '')",
    where: 'n.deleted_at IS NULL',
    shown: { caseCode: 'n.case_code', riskFlags: 'n.risk_flags' },
  },
];
