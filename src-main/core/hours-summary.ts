// Totals of supervision and client-contact hours for one supervisee over a period: by format,
// modality and observation, direct hours by activity, and a row per week (Monday start).
import { sql } from 'drizzle-orm';
import { DIRECT_ACTIVITIES, OBSERVATIONS, SESSION_FORMATS, SESSION_MODALITIES } from '../contract/enums';
import type { HoursSummary } from '../contract/schemas';
import type { AppDb } from '../db/vault';
import { weekStart } from './dates';

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const r2 = (n: number) => Math.round(n * 100) / 100;
export function hoursSummary(db: AppDb, superviseeId: string, from: string | null, to: string | null): HoursSummary {
  const lo = from ?? '0000-01-01';
  const hi = to ?? '9999-12-31';
  // Plain index range reads; weeks are worked out here, once per distinct date, not per row in SQL.
  const sessionRows = db.all<{ date: string; format: string; modality: string; observation: string; minutes: number }>(sql`
    select date, format, modality, observation, duration_minutes as minutes
    from supervision_sessions
    where supervisee_id = ${superviseeId} and date between ${lo} and ${hi} and deleted_at is null`);
  const hourRows = db.all<{ date: string; kind: 'direct' | 'indirect'; activity: string | null; hours: number }>(sql`
    select h.period_end as date, h.kind as kind, h.activity as activity, h.hours as hours
    from client_hours h
    where h.supervisee_id = ${superviseeId} and h.period_end between ${lo} and ${hi}
      and (h.session_id is null or not exists (select 1 from supervision_sessions s where s.id = h.session_id and s.deleted_at is not null))`);
  const weekOf = new Map<string, string>();
  const wk = (d: string) => {
    let w = weekOf.get(d);
    if (w === undefined) weekOf.set(d, (w = weekStart(d)));
    return w;
  };

  const byFormat = zero(SESSION_FORMATS);
  const byModality = zero(SESSION_MODALITIES);
  const byObservation = zero(OBSERVATIONS);
  const byActivity = zero(DIRECT_ACTIVITIES);
  const weeks = new Map<string, HoursSummary['weeks'][number]>();
  const week = (w: string) => {
    let row = weeks.get(w);
    if (!row) weeks.set(w, (row = { weekStart: w, sessions: 0, supervisionHours: 0, individualTriadicHours: 0, groupHours: 0, directHours: 0, indirectHours: 0 }));
    return row;
  };
  let sessions = 0;
  let supervision = 0;
  for (const r of sessionRows) {
    const h = r.minutes / 60;
    sessions += 1;
    supervision += h;
    byFormat[r.format as keyof typeof byFormat] += h;
    byModality[r.modality as keyof typeof byModality] += h;
    byObservation[r.observation as keyof typeof byObservation] += h;
    const w = week(wk(r.date));
    w.sessions += 1;
    w.supervisionHours += h;
    if (r.format === 'group') w.groupHours += h;
    else w.individualTriadicHours += h;
  }
  let direct = 0;
  let indirect = 0;
  for (const r of hourRows) {
    const w = week(wk(r.date));
    if (r.kind === 'direct') {
      direct += r.hours;
      w.directHours += r.hours;
      if (r.activity) byActivity[r.activity as keyof typeof byActivity] += r.hours;
    } else {
      indirect += r.hours;
      w.indirectHours += r.hours;
    }
  }
  const round = <T extends Record<string, number>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, r2(v)])) as T;
  return {
    from,
    to,
    sessions,
    supervisionHours: r2(supervision),
    byFormat: round(byFormat),
    byModality: round(byModality),
    byObservation: round(byObservation),
    directHours: r2(direct),
    indirectHours: r2(indirect),
    byActivity: round(byActivity),
    weeks: [...weeks.values()]
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
      .map((w) => ({ ...w, supervisionHours: r2(w.supervisionHours), individualTriadicHours: r2(w.individualTriadicHours), groupHours: r2(w.groupHours), directHours: r2(w.directHours), indirectHours: r2(w.indirectHours) })),
  };
}

export interface RollupRow {
  superviseeId: string;
  sessions: number;
  supervisionHours: number;
  directHours: number;
  indirectHours: number;
}

// Totals per supervisee over a period, for a supervisor's whole caseload in one pass.
export function hoursRollup(db: AppDb, from: string, to: string): RollupRow[] {
  const sessions = db.all<{ id: string; n: number; minutes: number }>(sql`
    select supervisee_id as id, count(*) as n, sum(duration_minutes) as minutes
    from supervision_sessions where deleted_at is null and date between ${from} and ${to}
    group by supervisee_id`);
  const hours = db.all<{ id: string; direct: number; indirect: number }>(sql`
    select h.supervisee_id as id,
      sum(case when h.kind = 'direct' then h.hours else 0 end) as direct,
      sum(case when h.kind = 'indirect' then h.hours else 0 end) as indirect
    from client_hours h
    where h.period_end between ${from} and ${to}
      and (h.session_id is null or not exists (select 1 from supervision_sessions s where s.id = h.session_id and s.deleted_at is not null))
    group by h.supervisee_id`);
  const out = new Map<string, RollupRow>();
  const row = (id: string) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { superviseeId: id, sessions: 0, supervisionHours: 0, directHours: 0, indirectHours: 0 }));
    return r;
  };
  for (const s of sessions) Object.assign(row(s.id), { sessions: s.n, supervisionHours: r2(s.minutes / 60) });
  for (const h of hours) Object.assign(row(h.id), { directHours: r2(h.direct), indirectHours: r2(h.indirect) });
  return [...out.values()];
}
