// Search through the FTS5 index the vault's triggers keep (drizzle/0012, 0015 and 0023). What is
// typed becomes a query of whole words, each also matched as a prefix, all required: "pac exp"
// finds "pacing of exposure". Nothing typed is passed to FTS5's query syntax as such.
//
// Ranking (bm25) costs time for every match, and a common word can match most of a career's
// 200,000 records. So a query ranks at most the RANKED newest matches (by index rowid, which grows
// as records are written): the top 20 are the best of those. One FTS5 query reads them with their
// scores, newest first, and the best are picked here: asking FTS5 to order by score as well would
// make it find every match a second time. The marked title and snippet are made for the hits shown
// only (marks.ts).
import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { SearchHit, SearchQuery } from '../../contract/search';
import type { Db } from '../../db/vault';
import { FEATURES } from '../features';
import { highlight, queryWords, snippet } from './marks';
import type { SearchArm } from './search-sql';

const MAX_WORDS = 8;
export const RANKED = 5000;

// The words of what was typed, as FTS5 prefix phrases; null when there is nothing to look for.
export function ftsQuery(text: string): string | null {
  const words =
    text
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_WORDS) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

// A supervisee as the word the index holds in its `tags` column (drizzle/0015).
const who = (id: string) => `"who${id.replace(/-/g, '')}"`;

// The whole FTS5 expression: the words typed (in the title and body only) and the filters the
// index holds as words of its own (supervisee, kind, risk flag; archived supervisees left out).
function expression(db: Db, q: SearchQuery, words: string): string {
  let e = `{title body} : (${words})`;
  if (q.superviseeId) e += ` AND tags : ${who(q.superviseeId)}`;
  if (q.kind) e += ` AND tags : "kind${q.kind}"`;
  if (q.risk) e += ` AND tags : "riskflag"`;
  const archived = db
    .all<{ id: string }>(sql`select id from supervisees where archived_at is not null`)
    .map((r) => who(r.id));
  if (archived.length) e += ` NOT tags : (${archived.join(' OR ')})`;
  return e;
}

// What a hit shows from its record (a case code, risk flags), from what the features declare: one
// left join per kind that shows something. Built on first use: the features import this folder's
// declarations.
let shownSql: { joins: string; caseCode: string; riskFlags: string } | null = null;
function shown() {
  if (shownSql) return shownSql;
  const arms = FEATURES.flatMap((f): readonly SearchArm[] => f.search ?? []).filter((a) => a.shown);
  if (new Set(arms.map((a) => a.alias)).size !== arms.length) throw new Error('Search kinds share an alias.');
  const pick = (k: 'caseCode' | 'riskFlags', none: string) =>
    `coalesce(${[...arms.flatMap((a) => (a.shown![k] ? [a.shown![k]] : [])), none].join(', ')})`;
  shownSql = {
    joins: arms
      .map(
        (a) => `left join ${getTableName(a.table)} ${a.alias} on i.kind = '${a.kind}' and ${a.alias}.id = i.record_id`,
      )
      .join('\n'),
    caseCode: pick('caseCode', 'null'),
    riskFlags: pick('riskFlags', "'[]'"),
  };
  return shownSql;
}

// Dates are not words of the index: they are read from each match still in the running.
function dates(q: SearchQuery): SQL {
  const where: SQL[] = [sql`1`];
  if (q.from) where.push(sql`day >= ${q.from}`);
  if (q.to) where.push(sql`day <= ${q.to}`);
  return sql.join(where, sql` and `);
}

export function search(db: Db, q: SearchQuery): SearchHit[] {
  const match = ftsQuery(q.text);
  if (!match) return [];
  const expr = expression(db, q, match);
  const newest = db.all<{ rowid: number; score: number }>(sql`
    select rowid, bm25(search_index, 0, 0, 0, 0, 2.0, 1.0, 0) as score from search_index
    where search_index match ${expr} and ${dates(q)} order by rowid desc limit ${RANKED}`);
  // bm25 is lower for a better match; among equals the newer record comes first.
  const top = newest.sort((a, b) => a.score - b.score || b.rowid - a.rowid).slice(0, q.limit);
  if (!top.length) return [];
  // One lookup by rowid each: FTS5 reads an IN list or a join by scanning the whole table.
  const { joins, caseCode, riskFlags } = shown();
  const rows = top.map(({ rowid }) =>
    db.get<Omit<SearchHit, 'riskFlags'> & { riskFlags: string; body: string }>(sql`
        select i.kind as kind, i.record_id as id, i.supervisee_id as superviseeId, s.full_name as superviseeName,
          i.day as date, ${sql.raw(caseCode)} as caseCode, ${sql.raw(riskFlags)} as riskFlags,
          i.title as title, i.body as body
        from search_index i
          join supervisees s on s.id = i.supervisee_id
          ${sql.raw(joins)}
        where i.rowid = ${rowid}`)!,
  );
  const words = queryWords(q.text).slice(0, MAX_WORDS);
  return rows.map(({ body, ...r }) => {
    return {
      ...r,
      title: highlight(r.title, words),
      snippet: snippet(body, words),
      riskFlags: JSON.parse(r.riskFlags) as SearchHit['riskFlags'],
    };
  });
}
