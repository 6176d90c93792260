// What the evidence picker asks each kind's feature for: a supervisee's records up to a review's
// day (newest first, at most OPTIONS_PER_KIND), or the ones with these ids. Each feature reads its
// own table; `evidenceFilter` and `evidenceLimit` say the same thing of every kind's columns.
import { and, eq, inArray, lte, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

export type EvidenceWhere = { superviseeId: string; upTo?: string; ids?: string[] };

export const OPTIONS_PER_KIND = 200;

// The records a request asks for, by a kind's own columns (and its own conditions, such as not deleted).
export const evidenceFilter = (
  w: EvidenceWhere,
  columns: { superviseeId: SQLiteColumn; day: SQLiteColumn; id: SQLiteColumn },
  ...own: SQL[]
) =>
  and(
    eq(columns.superviseeId, w.superviseeId),
    ...own,
    w.upTo ? lte(columns.day, w.upTo) : undefined,
    w.ids ? inArray(columns.id, w.ids) : undefined,
  );

export const evidenceLimit = (w: EvidenceWhere) => (w.ids ? w.ids.length : OPTIONS_PER_KIND);

// An option's line, cut to fit the picker.
export const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
