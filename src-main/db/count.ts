// How many rows of a table match: drizzle's $count is asynchronous-only in its typing for a sync driver.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './vault';

export function countWhere(db: Db, table: SQLiteTable, where: SQL): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0
  );
}
