// Merges the search index into one segment. FTS5 keeps a deleted record's words in its segments until
// they merge; after a deletion for good nothing of theirs may stay behind (core/supervisees/purge.ts).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/vault';

export function compactSearchIndex(db: Db): void {
  db.run(sql.raw("INSERT INTO search_index (search_index) VALUES ('optimize')"));
}
