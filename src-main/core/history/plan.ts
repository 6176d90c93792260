// A spreadsheet and its mapping turned into what would be saved: a session per row with minutes (and
// one per supervision-hours column), and week hours for rows without; each row reported as it will be
// saved or with every reason it is refused, by column. The same rules as the forms (the contract's
// schemas, the signed periods, no day after today), so nothing comes in that could not be typed.
import { addDays, weekStart } from '../../contract/dates';
import { ATTENDANCE_LABELS, FORMAT_LABELS, HELD, MODALITY_LABELS } from '../../contract/enums';
import type { HistoryMapping, HistoryPreview } from '../../contract/history';
import { round2 } from '../../contract/numbers';
import { hoursEntry, sessionInput, type HoursEntry, type NewSession } from '../../contract/sessions';
import { signedRefusal } from '../signing/signing';
import { readChoice, readDay, readNumber } from './cells';
import type { Cell, Table } from './read-table';

type Row = HistoryPreview['rows'][number];
type Problem = Row['problems'][number];

export interface Plan {
  // Each by the spreadsheet row it came from, so refused rows can be left out.
  sessions: { row: number; input: NewSession }[];
  weeks: { row: number; monday: string; lines: HoursEntry[] }[];
  preview: HistoryPreview;
}

export interface PlanContext {
  superviseeId: string;
  today: string;
  signed: { periodStart: string; periodEnd: string }[];
}

// A group's size is not in a weekly sheet: the smallest group is assumed, and said.
const ASSUMED_GROUP = 3;

export function planHistory(table: Table, mapping: HistoryMapping, ctx: PlanContext): Plan {
  const index = new Map(table.columns.map((c, i) => [c, i]));
  const missing = [
    mapping.date,
    mapping.minutes,
    mapping.format,
    mapping.groupSize,
    mapping.modality,
    mapping.attendance,
    ...mapping.supervision.map((s) => s.column),
    ...mapping.hours.map((h) => h.column),
  ].filter((c): c is string => c !== null && !index.has(c));
  const plan: Plan = {
    sessions: [],
    weeks: [],
    preview: {
      rows: [],
      accepted: 0,
      refused: 0,
      totals: { sessions: 0, supervisionHours: 0, directHours: 0, indirectHours: 0 },
    },
  };
  if (missing.length) {
    plan.preview.rows.push({
      row: 1,
      ok: false,
      saves: '',
      problems: missing.map((c) => ({ column: c, message: 'The file has no column of this name.' })),
    });
    plan.preview.refused = table.rows.length;
    return plan;
  }
  const cell = (r: Cell[], c: string | null): Cell => (c === null ? null : (r[index.get(c)!] ?? null));
  const totals = { minutes: 0, sessions: 0, direct: 0, indirect: 0 };

  table.rows.forEach((r, i) => {
    const row = i + 2;
    const problems: Problem[] = [];
    const read = <T>(column: string, got: { value: T } | { problem: string }): T | undefined => {
      if ('problem' in got) {
        problems.push({ column, message: got.problem });
        return undefined;
      }
      return got.value;
    };
    const day = read(mapping.date, readDay(cell(r, mapping.date), mapping.dateFormat));
    if (day !== undefined && day > ctx.today)
      problems.push({ column: mapping.date, message: 'This day has not happened yet.' });
    const inSigned = day && ctx.signed.find((p) => p.periodStart <= day && day <= p.periodEnd);
    if (inSigned) problems.push({ column: mapping.date, message: signedRefusal(inSigned) });

    // Client-contact hours: blank and 0 are "none".
    const lines: { line: HoursEntry; column: string }[] = [];
    for (const h of mapping.hours) {
      const n = read(h.column, readNumber(cell(r, h.column)));
      if (n === undefined || n === null || n === 0) continue;
      const parsed = hoursEntry.safeParse({
        kind: h.kind,
        activity: h.kind === 'direct' ? (h.activity ?? 'other') : null,
        hours: n,
      });
      if (!parsed.success) problems.push({ column: h.column, message: parsed.error.issues[0]!.message });
      else lines.push({ line: parsed.data, column: h.column });
    }

    const sessions: NewSession[] = [];
    const minutes = mapping.minutes ? read(mapping.minutes, readNumber(cell(r, mapping.minutes))) : null;
    const base = {
      superviseeId: ctx.superviseeId,
      date: day ?? '',
      modality:
        (mapping.modality
          ? read(mapping.modality, readChoice(cell(r, mapping.modality), MODALITY_LABELS, 'a modality'))
          : null) ?? mapping.defaultModality,
      attendance:
        (mapping.attendance
          ? read(mapping.attendance, readChoice(cell(r, mapping.attendance), ATTENDANCE_LABELS, 'an attendance'))
          : null) ?? 'held',
    };
    const size = mapping.groupSize ? read(mapping.groupSize, readNumber(cell(r, mapping.groupSize))) : null;
    const checkSession = (input: Record<string, unknown>, columns: Record<string, string | null>) => {
      const parsed = sessionInput.safeParse(input);
      if (parsed.success) return sessions.push(parsed.data);
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        // An unreadable date is already said once, in words about the cell.
        if (field === 'date' && day === undefined) continue;
        const at =
          field === 'hours' && typeof issue.path[1] === 'number' ? lines[issue.path[1]]?.column : columns[field];
        problems.push({ column: at ?? mapping.date, message: issue.message });
      }
    };
    const withSession = minutes !== null && minutes !== undefined;
    if (withSession) {
      const format =
        (mapping.format
          ? read(mapping.format, readChoice(cell(r, mapping.format), FORMAT_LABELS, 'a format'))
          : null) ?? mapping.defaultFormat;
      checkSession(
        {
          ...base,
          durationMinutes: minutes,
          format,
          groupSize: format === 'group' ? (size ?? ASSUMED_GROUP) : null,
          hours: lines.map((l) => l.line),
        },
        {
          durationMinutes: mapping.minutes,
          format: mapping.format,
          groupSize: mapping.groupSize ?? mapping.format,
          attendance: mapping.attendance,
          hours: mapping.attendance ?? lines[0]?.column ?? null,
        },
      );
    }
    for (const s of mapping.supervision) {
      const hours = read(s.column, readNumber(cell(r, s.column)));
      if (hours === undefined || hours === null || hours === 0) continue;
      checkSession(
        {
          ...base,
          durationMinutes: Math.round(hours * 60),
          format: s.format,
          groupSize: s.format === 'group' ? (size ?? ASSUMED_GROUP) : null,
          hours: [],
        },
        { durationMinutes: s.column, groupSize: mapping.groupSize ?? s.column, format: s.column },
      );
    }
    const weekLines = withSession ? [] : lines.map((l) => l.line);
    if (!withSession && !mapping.supervision.length && !lines.length && !problems.length) {
      plan.preview.rows.push({ row, ok: true, saves: 'Nothing: no minutes or hours on this row.', problems: [] });
      plan.preview.accepted += 1;
      return;
    }

    if (problems.length) {
      plan.preview.rows.push({ row, ok: false, saves: '', problems });
      plan.preview.refused += 1;
      return;
    }
    const said: string[] = [];
    for (const s of sessions) {
      plan.sessions.push({ row, input: s });
      const held = HELD.includes(s.attendance);
      if (held) {
        totals.sessions += 1;
        totals.minutes += s.durationMinutes;
      }
      said.push(
        `Session ${s.date}, ${s.durationMinutes} min ${FORMAT_LABELS[s.format].toLowerCase()}` +
          `${s.format === 'group' ? ` of ${s.groupSize}${size === null ? ' (size not in the file)' : ''}` : ''}` +
          `${held ? '' : ` (${ATTENDANCE_LABELS[s.attendance].toLowerCase()})`}${hoursWords(s.hours)}`,
      );
      for (const h of s.hours) totals[h.kind] += h.hours;
    }
    if (weekLines.length) {
      const monday = weekStart(day!);
      plan.weeks.push({ row, monday, lines: weekLines });
      said.push(`Hours for the week of ${monday} to ${addDays(monday, 6)}:${hoursWords(weekLines).slice(1)}`);
      for (const h of weekLines) totals[h.kind] += h.hours;
    }
    plan.preview.rows.push({ row, ok: true, saves: said.join('; '), problems: [] });
    plan.preview.accepted += 1;
  });
  plan.preview.totals = {
    sessions: totals.sessions,
    supervisionHours: round2(totals.minutes / 60),
    directHours: round2(totals.direct),
    indirectHours: round2(totals.indirect),
  };
  return plan;
}

function hoursWords(lines: readonly HoursEntry[]): string {
  const direct = lines.filter((l) => l.kind === 'direct').reduce((n, l) => n + l.hours, 0);
  const indirect = lines.filter((l) => l.kind === 'indirect').reduce((n, l) => n + l.hours, 0);
  const parts = [direct ? `${round2(direct)} direct` : '', indirect ? `${round2(indirect)} indirect` : ''].filter(
    Boolean,
  );
  return parts.length ? `, ${parts.join(' and ')} hours` : '';
}
