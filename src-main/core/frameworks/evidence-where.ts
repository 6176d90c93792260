// What the evidence picker asks each kind's feature for: a supervisee's records up to a review's
// day (newest first, at most OPTIONS_PER_KIND), or the ones with these ids.
export type EvidenceWhere = { superviseeId: string; upTo?: string; ids?: string[] };

export const OPTIONS_PER_KIND = 200;

// An option's line, cut to fit the picker.
export const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
