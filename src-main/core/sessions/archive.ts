// The sessions feature's part of an archive: the hours week by week (the same totals the app shows,
// read from the same summary) and every session held or planned.
import { ATTENDANCE_LABELS, FORMAT_LABELS, MODALITY_LABELS, OBSERVATION_LABELS } from '../../contract/enums';
import { hoursText as h } from '../../contract/numbers';
import type { ArchivePart } from '../archive/archive-part';
import { table } from '../archive/archive-part';
import { hoursSummary } from '../hours/hours-summary';
import { listSessions } from './sessions';

const ALL = Number.MAX_SAFE_INTEGER;
const sum = (hours: { kind: string; hours: number }[], kind: string) =>
  h(hours.filter((x) => x.kind === kind).reduce((t, x) => t + x.hours, 0));

export const sessionsArchive: ArchivePart = {
  person: (db, superviseeId) => {
    const s = hoursSummary(db, superviseeId, null, null);
    const sessions = listSessions(db, { superviseeId, limit: ALL }).reverse();
    return [
      table(
        'Hours in all',
        ['Sessions', 'Supervision', 'Direct', 'Indirect'],
        [[String(s.sessions), h(s.supervisionHours), h(s.directHours), h(s.indirectHours)]],
      ),
      table(
        'Week by week',
        ['Week of', 'Sessions', 'Supervision', 'Ind./triadic', 'Group', 'Direct', 'Indirect'],
        s.weeks.map((w) => [
          w.weekStart,
          String(w.sessions),
          h(w.supervisionHours),
          h(w.individualTriadicHours),
          h(w.groupHours),
          h(w.directHours),
          h(w.indirectHours),
        ]),
        'Weeks start on Monday. Supervision counts held and partly held sessions only.',
      ),
      table(
        'Supervision sessions',
        ['Date', 'Minutes', 'Format', 'Modality', 'Observation', 'Attendance', 'Direct', 'Indirect', 'Topics'],
        sessions.map((x) => [
          x.date,
          String(x.durationMinutes),
          FORMAT_LABELS[x.format],
          MODALITY_LABELS[x.modality],
          OBSERVATION_LABELS[x.observation],
          ATTENDANCE_LABELS[x.attendance],
          sum(x.hours, 'direct'),
          sum(x.hours, 'indirect'),
          x.topics,
        ]),
      ),
    ];
  },
};
