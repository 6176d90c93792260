// Removing a supervisee for good. Every table of records references the supervisee with ON DELETE
// CASCADE, and the derived tables (timeline, hours by day, search) follow by their triggers, so one
// delete takes everything of theirs. Then nothing may stay readable inside the file: SQLite's
// secure_delete zeroes what the delete frees, the search index is merged so no word of theirs stays
// in an old segment, VACUUM rewrites the file from the live rows only, and the checkpoint empties the
// WAL. The file is encrypted throughout; this is about what its key would still open.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/vault';
import { compactSearchIndex } from '../search/compact';
import { supervisees } from './tables';

export function purgeSupervisee(db: Db, id: string): void {
  db.all(sql.raw('PRAGMA secure_delete = ON'));
  try {
    db.transaction((tx) => {
      tx.delete(supervisees).where(eq(supervisees.id, id)).run();
      compactSearchIndex(tx);
    });
    db.run(sql.raw('VACUUM'));
    db.all(sql.raw('PRAGMA wal_checkpoint(TRUNCATE)'));
  } finally {
    db.all(sql.raw('PRAGMA secure_delete = OFF'));
  }
}
