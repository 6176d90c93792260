// hours_by_day's totals worked out from the rows, built from the kinds of session and hours the
// contract lists: what a bulk load does once for the supervisees it wrote, instead of the per-row
// triggers (drizzle/0007, frozen). A property test (hours-by-day.test.ts) holds the two equal.
import { sql, type SQL } from 'drizzle-orm';
import { DIRECT_ACTIVITIES, heldSql, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../../contract/enums';
import type { Db } from '../../db/vault';
import type { DerivedObject } from '../derived/projection';

interface Sum {
  column: string;
  // The condition on a row under the alias given.
  when: (row: string) => string;
}

// Minutes of supervision by format, modality and observation.
const SESSION_SUMS: Sum[] = [
  ...SESSION_FORMATS.map((f) => ({ column: `${f}_minutes`, when: (s: string) => `${s}.format = '${f}'` })),
  ...SESSION_MODALITIES.map((m) => ({ column: `${m}_minutes`, when: (s: string) => `${s}.modality = '${m}'` })),
  ...OBSERVATIONS.map((o) => ({
    column: o === 'none' ? 'unobserved_minutes' : `${o}_observed_minutes`,
    when: (s: string) => `${s}.observation = '${o}'`,
  })),
];
// Client-contact hours: direct by activity, and indirect.
const HOURS_SUMS: Sum[] = [
  ...DIRECT_ACTIVITIES.map((a) => ({
    column: `direct_${a}_hours`,
    when: (h: string) => `${h}.kind = 'direct' and ${h}.activity = '${a}'`,
  })),
  { column: 'indirect_hours', when: (h: string) => `${h}.kind = 'indirect'` },
];

const columns = (sums: Sum[]) => sums.map((s) => s.column).join(', ');

// Rebuilds the days of the supervisees `whose` selects (an SQL condition on supervisee_id).
export function rebuildHoursByDay(db: Db, whose: (alias: string) => SQL): void {
  const sessionSums = SESSION_SUMS.map((x) => `sum(iif(${x.when('s')}, s.duration_minutes, 0))`).join(', ');
  const hoursSums = HOURS_SUMS.map((x) => `total(iif(${x.when('h')}, h.hours, 0))`).join(', ');
  const added = ['hour_entries', ...HOURS_SUMS.map((x) => x.column)].map((c) => `${c} = ${c} + excluded.${c}`);
  db.run(sql`delete from hours_by_day where ${whose('hours_by_day')}`);
  db.run(sql`
    insert into hours_by_day (supervisee_id, day, sessions, ${sql.raw(columns(SESSION_SUMS))})
    select s.supervisee_id, s.date, count(*), ${sql.raw(sessionSums)}
    from supervision_sessions s where ${sql.raw(heldSql('s'))} and ${whose('s')}
    group by s.supervisee_id, s.date`);
  // Hours count when they have no session or their session is counted; a day may already have a row.
  db.run(sql`
    insert into hours_by_day (supervisee_id, day, hour_entries, ${sql.raw(columns(HOURS_SUMS))})
    select h.supervisee_id, h.period_end, count(*), ${sql.raw(hoursSums)}
    from client_hours h left join supervision_sessions s on s.id = h.session_id
    where (h.session_id is null or (${sql.raw(heldSql('s'))})) and ${whose('h')}
    group by h.supervisee_id, h.period_end
    on conflict (supervisee_id, day) do update set
      ${sql.raw(added.join(', '))}`);
}

// The triggers that keep hours_by_day as sessions and hours are written (a bulk load sets them aside).
export const HOURS_TRIGGERS = "(name like 'hours_by_day_%' and tbl_name in ('supervision_sessions', 'client_hours'))";

// The triggers that keep hours_by_day in step with every write, inside the writing transaction, so
// no code path can forget it. Subtractions only UPDATE existing rows (never insert), so a cascade
// from a deleted supervisee, whose days go with it, cannot recreate them. A session counts while
// it is not deleted and was held (heldSql); an hour entry counts with no session or a counted one.
// Generated here and kept by the migrations (core/derived); drizzle/0007 holds the first version.
export function hoursByDayTriggers(): DerivedObject[] {
  const T = '\t';
  const sessionCols = columns(SESSION_SUMS);
  const hourCols = columns(HOURS_SUMS);
  const each = (sums: Sum[], row: string, value: string) => sums.map((x) => `iif(${x.when(row)}, ${row}.${value}, 0)`);
  const sessionValues = (row: string) => [`1`, ...each(SESSION_SUMS, row, 'duration_minutes')];
  const hourValues = (row: string) => [`1`, ...each(HOURS_SUMS, row, 'hours')];
  const addSet = (cols: string[]) => cols.map((c) => `${T}${T}${c} = ${c} + excluded.${c}`).join(',\n');
  const subtractSet = (cols: string[], values: string[]) =>
    cols.map((c, i) => `${T}${T}${c} = ${c} - ${values[i]}`).join(',\n');
  const sessionCountCols = ['sessions', ...SESSION_SUMS.map((x) => x.column)];
  const hourCountCols = ['hour_entries', ...HOURS_SUMS.map((x) => x.column)];
  const held = (row: string) => heldSql(row);
  const sessionOf = (row: string) =>
    `(${row}.session_id IS NULL OR EXISTS (SELECT 1 FROM supervision_sessions s ` +
    `WHERE s.id = ${row}.session_id AND ${held('s')}))`;

  const insertSession = (row: string, where: string) =>
    `${T}INSERT INTO hours_by_day (supervisee_id, day, sessions, ${sessionCols})\n` +
    `${T}SELECT ${row}.supervisee_id, ${row}.date,\n${sessionValues(row)
      .map((v) => `${T}${T}${v}`)
      .join(',\n')}\n` +
    `${T}WHERE ${where}\n${T}ON CONFLICT (supervisee_id, day) DO UPDATE SET\n${addSet(sessionCountCols)};`;
  const subtractSession = (where: string) =>
    `${T}UPDATE hours_by_day SET\n${subtractSet(sessionCountCols, sessionValues('old'))}\n` +
    `${T}WHERE ${where}supervisee_id = old.supervisee_id AND day = old.date;`;
  // The client hours logged with a session, summed per day, for when the session stops or starts counting.
  const groupedHours = (where: string) =>
    `${T}${T}SELECT h.supervisee_id AS supervisee_id, h.period_end AS day,\n` +
    `${T}${T}${T}count(*) AS hour_entries,\n` +
    HOURS_SUMS.map((x) => `${T}${T}${T}total(iif(${x.when('h')}, h.hours, 0)) AS ${x.column}`).join(',\n') +
    `\n${T}${T}FROM client_hours h WHERE ${where} GROUP BY h.supervisee_id, h.period_end`;
  const subtractSessionHours = (where: string) =>
    `${T}UPDATE hours_by_day SET\n` +
    hourCountCols.map((c) => `${T}${T}${c} = hours_by_day.${c} - c.${c}`).join(',\n') +
    `\n${T}FROM (\n${groupedHours('h.session_id = old.id')}\n${T}) AS c\n` +
    `${T}WHERE ${where}hours_by_day.supervisee_id = c.supervisee_id AND hours_by_day.day = c.day;`;
  const addSessionHours = (where: string) =>
    `${T}INSERT INTO hours_by_day (supervisee_id, day, hour_entries, ${hourCols})\n` +
    `${T}SELECT h.supervisee_id, h.period_end,\n${T}${T}count(*),\n` +
    HOURS_SUMS.map((x) => `${T}${T}total(iif(${x.when('h')}, h.hours, 0))`).join(',\n') +
    `\n${T}FROM client_hours h WHERE ${where} AND h.session_id = new.id GROUP BY h.supervisee_id, h.period_end\n` +
    `${T}ON CONFLICT (supervisee_id, day) DO UPDATE SET\n${addSet(hourCountCols)};`;
  const insertHours = (where: string) =>
    `${T}INSERT INTO hours_by_day (supervisee_id, day, hour_entries, ${hourCols})\n` +
    `${T}SELECT new.supervisee_id, new.period_end,\n${hourValues('new')
      .map((v) => `${T}${T}${v}`)
      .join(',\n')}\n` +
    `${T}WHERE ${where}\n${T}ON CONFLICT (supervisee_id, day) DO UPDATE SET\n${addSet(hourCountCols)};`;
  const subtractHours = (where: string) =>
    `${T}UPDATE hours_by_day SET\n${subtractSet(hourCountCols, hourValues('old'))}\n` +
    `${T}WHERE ${where}supervisee_id = old.supervisee_id AND day = old.period_end;`;
  const sessionFields = SESSION_FIELDS.join(', ');
  const trigger = (name: string, head: string, body: string[]) => ({
    type: 'trigger' as const,
    name,
    sql: `CREATE TRIGGER ${name} ${head}\nBEGIN\n${body.join('\n')}\nEND`,
  });

  return [
    trigger(
      'hours_by_day_drop_empty',
      'AFTER UPDATE OF sessions, hour_entries ON hours_by_day\nWHEN new.sessions = 0 AND new.hour_entries = 0',
      [`${T}DELETE FROM hours_by_day WHERE supervisee_id = new.supervisee_id AND day = new.day;`],
    ),
    trigger('hours_by_day_session_added', `AFTER INSERT ON supervision_sessions\nWHEN ${held('new')}`, [
      insertSession('new', 'true'),
    ]),
    // An edit moves the session's share from its old day and values to its new ones; a session that
    // stops counting (deleted, or marked not held) also takes out its client hours, and one that
    // starts counting again puts them back.
    trigger('hours_by_day_session_changed', `AFTER UPDATE OF ${sessionFields} ON supervision_sessions`, [
      subtractSession(`${held('old')} AND `),
      insertSession('new', held('new')),
      subtractSessionHours(`(${held('old')}) AND NOT (${held('new')}) AND `),
      addSessionHours(`NOT (${held('old')}) AND (${held('new')})`),
    ]),
    // BEFORE, so the session's client hours are still there to subtract; their own delete trigger then
    // finds the session gone and leaves the totals alone.
    trigger('hours_by_day_session_removed', `BEFORE DELETE ON supervision_sessions\nWHEN ${held('old')}`, [
      subtractSession(''),
      subtractSessionHours(''),
    ]),
    trigger('hours_by_day_hours_added', `AFTER INSERT ON client_hours\nWHEN ${sessionOf('new')}`, [
      insertHours('true'),
    ]),
    trigger('hours_by_day_hours_changed', 'AFTER UPDATE ON client_hours', [
      subtractHours(`${sessionOf('old')} AND `),
      insertHours(sessionOf('new')),
    ]),
    trigger('hours_by_day_hours_removed', `AFTER DELETE ON client_hours\nWHEN ${sessionOf('old')}`, [
      subtractHours(''),
    ]),
  ];
}

// The session columns whose change moves its share of the totals.
const SESSION_FIELDS = [
  'supervisee_id',
  'date',
  'duration_minutes',
  'format',
  'modality',
  'observation',
  'deleted_at',
  'attendance',
];
