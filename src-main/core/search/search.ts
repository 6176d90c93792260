// Search through the FTS5 index the vault's triggers keep (drizzle/0012 and 0015). What is
// typed becomes a query of whole words, each also matched as a prefix, all required: "pac exp"
// finds "pacing of exposure". Nothing typed is passed to FTS5's query syntax as such.
import { sql, type SQL } from 'drizzle-orm';
import { MARK_END, MARK_START, type SearchHit, type SearchQuery } from '../../contract/search';
import type { Db } from '../../db/vault';

const MAX_WORDS = 8;

// The words of what was typed, as FTS5 prefix phrases; null when there is nothing to look for.
export function ftsQuery(text: string): string | null {
  const words =
    text
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_WORDS) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

export function search(db: Db, q: SearchQuery): SearchHit[] {
  const match = ftsQuery(q.text);
  if (!match) return [];
  const where: SQL[] = [sql`search_index match ${match}`, sql`s.archived_at is null`];
  if (q.superviseeId) where.push(sql`i.supervisee_id = ${q.superviseeId}`);
  if (q.kind) where.push(sql`i.kind = ${q.kind}`);
  if (q.from) where.push(sql`i.day >= ${q.from}`);
  if (q.to) where.push(sql`i.day <= ${q.to}`);
  if (q.risk) where.push(sql`n.risk_flags != '[]'`);
  const rows = db.all<Omit<SearchHit, 'riskFlags'> & { riskFlags: string }>(sql`
    select i.kind as kind, i.record_id as id, i.supervisee_id as superviseeId, s.full_name as superviseeName,
      i.day as date, coalesce(n.case_code, r.case_code) as caseCode, coalesce(n.risk_flags, '[]') as riskFlags,
      highlight(search_index, 4, ${MARK_START}, ${MARK_END}) as title,
      snippet(search_index, 5, ${MARK_START}, ${MARK_END}, '…', 16) as snippet
    from search_index i
      join supervisees s on s.id = i.supervisee_id
      left join case_notes n on i.kind = 'note' and n.id = i.record_id
      left join reflections r on i.kind = 'reflection' and r.id = i.record_id
    where ${sql.join(where, sql` and `)}
    order by bm25(search_index, 0, 0, 0, 0, 2.0, 1.0), i.day desc
    limit ${q.limit}`);
  return rows.map((r) => ({ ...r, riskFlags: JSON.parse(r.riskFlags) as SearchHit['riskFlags'] }));
}
