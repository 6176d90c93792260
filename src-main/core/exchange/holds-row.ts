// Whether a table already holds a row with exactly these values. A packet kind that adds records
// asks it of each one, so the same content sent twice adds nothing twice.
import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/vault';

export function holdsRow<T extends SQLiteTable>(
  db: Db,
  table: T,
  values: { [K in keyof T['$inferSelect']]?: T['$inferSelect'][K] },
): boolean {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const matches: SQL[] = Object.entries(values).map(([name, value]) => eq(columns[name]!, value));
  return (
    db
      .select({ one: sql`1` })
      .from(table)
      .where(and(...matches))
      .get() !== undefined
  );
}
