// Applies drizzle-kit migrations from drizzle/ in one transaction at unlock (drizzle's SQLite
// migrator wraps the pending migrations in BEGIN/COMMIT and rolls back on any failure).
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../contract/errors';

export function applyMigrations<S extends Record<string, unknown>>(
  db: BetterSQLite3Database<S>,
  migrationsFolder: string,
): void {
  try {
    migrate(db, { migrationsFolder });
  } catch {
    throw new AppError('internal', 'The vault could not be upgraded to this version of Alliance. Nothing was changed.');
  }
}
