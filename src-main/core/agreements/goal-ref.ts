// Another feature links a record to a goal (a reflection): whose goal it is, without reading the
// goals table itself.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import { goals } from './tables';

// The goal's supervisee; undefined when there is no such goal.
export function goalSupervisee(db: Db, id: string): string | undefined {
  return db.select({ superviseeId: goals.superviseeId }).from(goals).where(eq(goals.id, id)).get()?.superviseeId;
}
