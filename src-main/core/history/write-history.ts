// Writes a planned history in one transaction: every accepted session with its hours and every week's
// hours, or nothing. Not through sessions.create, which would also take up the reflective prompts
// prepared for the next meeting: a session from years ago answers none of them.
import { addDays } from '../../contract/dates';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { insertHours, writeSession } from '../sessions/sessions';
import type { Plan } from './plan';

export function writeHistory(db: Db, superviseeId: string, plan: Plan, now = new Date()): void {
  const ts = now.toISOString();
  db.transaction((tx) => {
    for (const { input } of plan.sessions) writeSession(tx, { ...input, superviseeId }, ts);
    for (const w of plan.weeks) insertHours(tx, superviseeId, null, w.monday, addDays(w.monday, 6), w.lines, ts);
    // Counts only: the audit trail never holds what the records say.
    appendAudit(tx, 'imported', { what: 'history', sessions: plan.sessions.length, weeks: plan.weeks.length }, now);
  });
}
