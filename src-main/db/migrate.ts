// Applies drizzle-kit migrations from drizzle/ in one transaction at unlock (drizzle's SQLite
// migrator wraps the pending migrations in BEGIN/COMMIT and rolls back on any failure).
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../contract/errors';
import { diskProblem, ioWords, nearlyFull } from './io-reasons';

export function applyMigrations<S extends Record<string, unknown>>(
  db: BetterSQLite3Database<S>,
  migrationsFolder: string,
  // The database file, to ask its disk for free space when a migration fails.
  file: string,
): void {
  try {
    migrate(db, { migrationsFolder });
  } catch (e) {
    // A full or read-only disk is said as such: the person can do something about it.
    // SQLite rolls back by itself on a full disk, and drizzle's own ROLLBACK then fails and hides
    // why: the free space is asked directly.
    const disk = diskProblem(e) ?? (nearlyFull(file) ? 'ENOSPC' : null);
    if (disk) throw new AppError('io', `The vault could not be written (${ioWords(disk)}). Nothing was changed.`);
    throw new AppError('internal', 'The vault could not be upgraded to this version of Alliance. Nothing was changed.');
  }
}
