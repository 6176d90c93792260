// Writes a planned history in one transaction: every accepted session with its hours and every week's
// hours, or nothing. Inserted directly rather than through sessions.create, which would also take up
// the reflective prompts prepared for the next meeting: a session from years ago answers none of them.
import { randomUUID } from 'node:crypto';
import { addDays } from '../../contract/dates';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { insertHours } from '../sessions/sessions';
import { supervisionSessions } from '../sessions/tables';
import type { Plan } from './plan';

export function writeHistory(db: Db, superviseeId: string, plan: Plan, now = new Date()): void {
  const ts = now.toISOString();
  db.transaction((tx) => {
    for (const { input } of plan.sessions) {
      const { hours, superviseeId: _s, ...fields } = input;
      const id = randomUUID();
      tx.insert(supervisionSessions)
        .values({ id, superviseeId, ...fields, createdAt: ts, updatedAt: ts })
        .run();
      insertHours(tx, superviseeId, id, input.date, input.date, hours, ts);
    }
    for (const w of plan.weeks) insertHours(tx, superviseeId, null, w.monday, addDays(w.monday, 6), w.lines, ts);
    // Counts only: the audit trail never holds what the records say.
    appendAudit(tx, 'imported', { what: 'history', sessions: plan.sessions.length, weeks: plan.weeks.length }, now);
  });
}
