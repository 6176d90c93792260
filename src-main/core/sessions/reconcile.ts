// Reconciling a period (docs/exchange.md): the supervisee's log, as their last hours packet for it
// carried it, line by line beside the supervisor's own. Sessions pair by day and format; client hours
// compare as week totals per kind and activity, as a board's weekly log does. A line that differs is
// accepted (theirs is written into this log), kept (this log stands) or queried (a question goes
// back); a period can be signed only when no line is open.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { addDays, weekStart } from '../../contract/dates';
import { DIRECT_ACTIVITY_LABELS, FORMAT_LABELS, HELD } from '../../contract/enums';
import { AppError } from '../../contract/errors';
import type { LineState, Resolution } from '../../contract/exchange';
import type { HoursEntry } from '../../contract/sessions';
import type { Db } from '../../db/vault';
import type { Period } from '../exchange/exchange-part';
import { latestReceived } from '../exchange/received';
import { listWeekEntries, setWeek } from '../hours/week-entries';
import { hoursRecords, ownHoursWithIds, type ExchangedSession, type HoursRecords } from './exchange-hours';
import { createSession, getSession, setSessionDeleted, updateSession } from './sessions';
import { hoursResolutions } from './tables';

type SessionValue = Pick<ExchangedSession, 'durationMinutes' | 'modality' | 'attendance'>;
type LineValue = SessionValue | { hours: number };

export interface ReconcileLine {
  key: string;
  kind: 'session' | 'hours';
  label: string;
  mine: LineValue | null;
  theirs: LineValue | null;
  state: LineState;
  resolution: { action: Resolution; note: string; at: string } | null;
  open: boolean;
}

export interface Reconciliation {
  received: { at: string; hash: string; from: string; to: string } | null;
  lines: ReconcileLine[];
  open: number;
}

interface Side {
  values: Map<string, LineValue>;
  labels: Map<string, string>;
  sessions: Map<string, { id?: string; session: ExchangedSession }>;
}

const round = (n: number) => Math.round(n * 100) / 100;

function sideOf(records: HoursRecords, ids?: string[]): Side {
  const side: Side = { values: new Map(), labels: new Map(), sessions: new Map() };
  const byDay = new Map<string, { id?: string; session: ExchangedSession }[]>();
  records.sessions.forEach((session, i) => {
    const k = `${session.date}|${session.format}`;
    byDay.set(k, [...(byDay.get(k) ?? []), { id: ids?.[i], session }]);
  });
  for (const [k, list] of byDay) {
    list.sort(
      (a, b) =>
        (a.session.startTime ?? '').localeCompare(b.session.startTime ?? '') ||
        a.session.durationMinutes - b.session.durationMinutes,
    );
    list.forEach((entry, n) => {
      const key = `session|${k}|${n + 1}`;
      const { durationMinutes, modality, attendance } = entry.session;
      side.values.set(key, { durationMinutes, modality, attendance });
      side.sessions.set(key, entry);
      const [day, format] = k.split('|') as [string, ExchangedSession['format']];
      side.labels.set(key, `Session on ${day}, ${FORMAT_LABELS[format].toLowerCase()}${n > 0 ? ` (${n + 1})` : ''}`);
    });
  }
  const add = (day: string, h: HoursEntry) => {
    const monday = weekStart(day);
    const key = `hours|${monday}|${h.kind}|${h.activity ?? ''}`;
    const before = side.values.get(key) as { hours: number } | undefined;
    side.values.set(key, { hours: round((before?.hours ?? 0) + h.hours) });
    const what = h.activity ? `direct hours, ${DIRECT_ACTIVITY_LABELS[h.activity].toLowerCase()}` : 'indirect hours';
    side.labels.set(key, `Week of ${monday}: ${what}`);
  };
  for (const s of records.sessions) for (const h of s.hours) add(s.date, h);
  for (const w of records.weeks) for (const h of w.entries) add(w.weekStart, h);
  return side;
}

function mySide(db: Db, superviseeId: string, period: Period): Side {
  const { records, ids } = ownHoursWithIds(db, superviseeId, period);
  return sideOf(records, ids);
}

const same = (a: LineValue | null, b: LineValue | null) => JSON.stringify(a) === JSON.stringify(b);

function stateOf(mine: LineValue | null, theirs: LineValue | null): LineState {
  if (same(mine, theirs)) return 'matched';
  if (!theirs) return 'only_mine';
  if (!mine) return 'only_theirs';
  return 'conflicting';
}

function theirSide(db: Db, superviseeId: string, period: Period) {
  const got = latestReceived(db, superviseeId, 'hours', period);
  if (!got) return null;
  // Only what falls in this period, counted as this log counts it (sessions by day, weeks by their end).
  const all = hoursRecords.parse(got.records);
  const inside = (d: string) => d >= period.from && d <= period.to;
  const records = {
    sessions: all.sessions.filter((s) => inside(s.date)),
    weeks: all.weeks.filter((w) => inside(addDays(w.weekStart, 6))),
  };
  return { got, side: sideOf(records) };
}

// Lines for the days both the period asked for and their newest packet overlapping it cover.
export function reconcile(db: Db, superviseeId: string, asked: Period): Reconciliation {
  const got = latestReceived(db, superviseeId, 'hours', asked);
  if (!got) return { received: null, lines: [], open: 0 };
  const period = {
    from: got.periodFrom! > asked.from ? got.periodFrom! : asked.from,
    to: got.periodTo! < asked.to ? got.periodTo! : asked.to,
  };
  const theirs = theirSide(db, superviseeId, period)!;
  const mine = mySide(db, superviseeId, period);
  const decided = new Map(
    db
      .select()
      .from(hoursResolutions)
      .where(eq(hoursResolutions.superviseeId, superviseeId))
      .all()
      .map((r) => [r.lineKey, r]),
  );
  // By day, then the week's hours before that week's first session: the order a log is read in.
  const day = (key: string) => key.split('|')[1]!;
  const keys = [...new Set([...mine.values.keys(), ...theirs.side.values.keys()])].sort(
    (a, b) => day(a).localeCompare(day(b)) || a.localeCompare(b),
  );
  const lines = keys.map((key): ReconcileLine => {
    const m = mine.values.get(key) ?? null;
    const t = theirs.side.values.get(key) ?? null;
    const state = stateOf(m, t);
    const r = decided.get(key);
    // A decision holds only for the values it was made on.
    const holds = r && r.mine === JSON.stringify(m) && r.theirs === JSON.stringify(t);
    const resolution = holds ? { action: r.action, note: r.note, at: r.at } : null;
    return {
      key,
      kind: key.startsWith('session|') ? 'session' : 'hours',
      label: mine.labels.get(key) ?? theirs.side.labels.get(key)!,
      mine: m,
      theirs: t,
      state,
      resolution,
      open: state !== 'matched' && resolution?.action !== 'kept',
    };
  });
  return {
    received: { at: theirs.got.at, hash: theirs.got.hash, from: theirs.got.periodFrom!, to: theirs.got.periodTo! },
    lines,
    open: lines.filter((l) => l.open).length,
  };
}

export function openQueries(db: Db, superviseeId: string, period: Period) {
  const lines = reconcile(db, superviseeId, period).lines.filter((l) => l.resolution?.action === 'queried');
  if (lines.length === 0)
    throw new AppError('validation', 'No line of this period is queried: there is nothing to send.');
  return lines.map((l) => ({ key: l.key, label: l.label, note: l.resolution!.note }));
}

// Settles one line. Accepting writes their version into this log through the same functions the forms
// use (so signed periods and every rule still hold); keeping and querying only record the decision.
export function resolveLine(
  db: Db,
  superviseeId: string,
  period: Period,
  key: string,
  action: Resolution,
  note = '',
  now = new Date(),
): ReconcileLine {
  const line = reconcile(db, superviseeId, period).lines.find((l) => l.key === key);
  if (!line) throw new AppError('not_found', 'That line is not in this period’s reconciliation.');
  if (line.state === 'matched') throw new AppError('validation', 'Both logs already agree on this line.');
  if (action === 'queried' && !note.trim())
    throw new AppError('validation', 'Write the question: it travels back to the supervisee with the line.');
  db.transaction((tx) => {
    if (action === 'accepted') acceptTheirs(tx, superviseeId, period, line, now);
    const after = reconcile(tx, superviseeId, period).lines.find((l) => l.key === key);
    const values = { mine: JSON.stringify(after?.mine ?? null), theirs: JSON.stringify(after?.theirs ?? null) };
    tx.delete(hoursResolutions)
      .where(and(eq(hoursResolutions.superviseeId, superviseeId), eq(hoursResolutions.lineKey, key)))
      .run();
    tx.insert(hoursResolutions)
      .values({
        id: randomUUID(),
        superviseeId,
        lineKey: key,
        action,
        note: note.trim(),
        ...values,
        at: now.toISOString(),
      })
      .run();
  });
  return reconcile(db, superviseeId, period).lines.find((l) => l.key === key)!;
}

function acceptTheirs(db: Db, superviseeId: string, period: Period, line: ReconcileLine, now: Date): void {
  if (line.kind === 'session') {
    const mine = mySide(db, superviseeId, period).sessions.get(line.key);
    const theirs = theirSide(db, superviseeId, period)!.side.sessions.get(line.key);
    if (!theirs) setSessionDeleted(db, mine!.id!, true, now);
    else if (!mine) createSession(db, { superviseeId, ...withoutText(theirs.session), hours: [] }, now);
    else {
      const { id: _id, superviseeId: _s, createdAt: _c, updatedAt: _u, ...current } = getSession(db, mine.id!);
      const { durationMinutes, modality, attendance } = theirs.session;
      const held = HELD.includes(attendance);
      updateSession(
        db,
        mine.id!,
        { ...current, durationMinutes, modality, attendance, hours: held ? current.hours : [] },
        now,
      );
    }
    return;
  }
  const [, monday, kind, activity] = line.key.split('|') as [string, string, 'direct' | 'indirect', string];
  const want = (line.theirs as { hours: number } | null)?.hours ?? 0;
  const have = (line.mine as { hours: number } | null)?.hours ?? 0;
  const week = listWeekEntries(db, superviseeId, monday, addDays(monday, 6)).find((w) => w.weekStart === monday);
  const entries: HoursEntry[] = (week?.entries ?? []).map((e) => ({ ...e }));
  const match = (e: HoursEntry) => e.kind === kind && (e.activity ?? '') === activity;
  const logged = entries.filter(match).reduce((n, e) => n + e.hours, 0);
  const next = round(logged + want - have);
  if (next < 0)
    throw new AppError(
      'conflict',
      'Your sessions in that week already log more of these hours than theirs. Change those sessions, or keep yours.',
    );
  const rest = entries.filter((e) => !match(e));
  setWeek(
    db,
    {
      superviseeId,
      weekStart: monday,
      entries:
        next > 0
          ? [...rest, { kind, activity: kind === 'direct' ? (activity as HoursEntry['activity']) : null, hours: next }]
          : rest,
    },
    now,
  );
}

const withoutText = ({ hours: _h, ...s }: ExchangedSession) => ({
  ...s,
  site: '',
  casesDiscussed: '',
  topics: '',
  summary: '',
  followUps: '',
});
