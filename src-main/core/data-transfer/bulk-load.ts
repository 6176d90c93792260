// A large import loads its rows with the per-row triggers of hours_by_day and of the timeline set
// aside and does their work once at the end for the supervisees the file touches: per-day totals
// rebuilt from their rows with the same sums the migration's backfill uses (drizzle/0007), and
// their timeline events read again from the timeline's view (drizzle/0022). Run inside the
// import's transaction: the triggers come back before it commits, or the rollback restores them.
// The property test in test/unit/bulk-load.test.ts holds the rebuilt totals equal to the triggers'.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/vault';

const SUPERVISEE_IN = (ids: string) => sql`supervisee_id in (select value from json_each(${ids}))`;

function rebuildHoursByDay(db: Db, superviseeIds: string[]): void {
  const ids = JSON.stringify(superviseeIds);
  db.run(sql`delete from hours_by_day where ${SUPERVISEE_IN(ids)}`);
  db.run(sql`
    insert into hours_by_day (supervisee_id, day, sessions, individual_minutes, triadic_minutes, group_minutes,
      in_person_minutes, video_minutes, phone_minutes, unobserved_minutes, live_observed_minutes,
      video_observed_minutes, audio_observed_minutes)
    select s.supervisee_id, s.date, count(*),
      sum(iif(s.format = 'individual', s.duration_minutes, 0)),
      sum(iif(s.format = 'triadic', s.duration_minutes, 0)),
      sum(iif(s.format = 'group', s.duration_minutes, 0)),
      sum(iif(s.modality = 'in_person', s.duration_minutes, 0)),
      sum(iif(s.modality = 'video', s.duration_minutes, 0)),
      sum(iif(s.modality = 'phone', s.duration_minutes, 0)),
      sum(iif(s.observation = 'none', s.duration_minutes, 0)),
      sum(iif(s.observation = 'live', s.duration_minutes, 0)),
      sum(iif(s.observation = 'video', s.duration_minutes, 0)),
      sum(iif(s.observation = 'audio', s.duration_minutes, 0))
    from supervision_sessions s where s.deleted_at is null and s.${SUPERVISEE_IN(ids)}
    group by s.supervisee_id, s.date`);
  db.run(sql`
    insert into hours_by_day (supervisee_id, day, hour_entries, direct_individual_hours, direct_group_hours,
      direct_family_hours, direct_couples_hours, direct_assessment_hours, direct_intake_hours, direct_crisis_hours,
      direct_career_hours, direct_other_hours, indirect_hours)
    select h.supervisee_id, h.period_end, count(*),
      total(iif(h.kind = 'direct' and h.activity = 'individual', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'group', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'family', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'couples', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'assessment', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'intake', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'crisis', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'career', h.hours, 0)),
      total(iif(h.kind = 'direct' and h.activity = 'other', h.hours, 0)),
      total(iif(h.kind = 'indirect', h.hours, 0))
    from client_hours h left join supervision_sessions s on s.id = h.session_id
    where s.deleted_at is null and h.${SUPERVISEE_IN(ids)}
    group by h.supervisee_id, h.period_end
    on conflict (supervisee_id, day) do update set
      hour_entries = hour_entries + excluded.hour_entries,
      direct_individual_hours = direct_individual_hours + excluded.direct_individual_hours,
      direct_group_hours = direct_group_hours + excluded.direct_group_hours,
      direct_family_hours = direct_family_hours + excluded.direct_family_hours,
      direct_couples_hours = direct_couples_hours + excluded.direct_couples_hours,
      direct_assessment_hours = direct_assessment_hours + excluded.direct_assessment_hours,
      direct_intake_hours = direct_intake_hours + excluded.direct_intake_hours,
      direct_crisis_hours = direct_crisis_hours + excluded.direct_crisis_hours,
      direct_career_hours = direct_career_hours + excluded.direct_career_hours,
      direct_other_hours = direct_other_hours + excluded.direct_other_hours,
      indirect_hours = indirect_hours + excluded.indirect_hours`);
}

// The timeline's events of these supervisees, read again from the view its triggers read
// (drizzle/0022): one supervisee at a time, so each arm of the view reads that supervisee's index range.
function rebuildTimeline(db: Db, superviseeIds: string[]): void {
  for (const id of superviseeIds) {
    db.run(sql`delete from timeline_events where supervisee_id = ${id}`);
    db.run(sql`insert into timeline_events select * from timeline_source where supervisee_id = ${id}`);
  }
}

// Sets the per-row triggers of hours_by_day (on sessions and hours) and of the timeline (on every
// table it shows) aside until the returned function is called with the supervisees whose rows were
// written: it rebuilds their days and events and puts the triggers back, as they were written in
// the migrations. Must be called inside a transaction.
export function setTriggersAside(db: Db): (superviseeIds: Iterable<string>) => void {
  const triggers = db.all<{ name: string; sql: string }>(sql`
    select name, sql from sqlite_master where type = 'trigger' and (
      (name like 'hours_by_day_%' and tbl_name in ('supervision_sessions', 'client_hours'))
      or name like 'timeline!_%' escape '!')
    order by name`);
  for (const t of triggers) db.run(sql.raw(`drop trigger "${t.name.replace(/"/g, '""')}"`));
  return (superviseeIds) => {
    const ids = [...superviseeIds];
    if (ids.length) {
      rebuildHoursByDay(db, ids);
      rebuildTimeline(db, ids);
    }
    for (const t of triggers) db.run(sql.raw(t.sql));
  };
}

// Runs `load` (which writes sessions and hours of `superviseeIds`) with the triggers set aside.
export function bulkLoad<T>(db: Db, superviseeIds: string[], load: () => T): T {
  const restore = setTriggersAside(db);
  const result = load();
  restore(superviseeIds);
  return result;
}
