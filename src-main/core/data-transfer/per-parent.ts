// A cap on how many records of a list one parent may have in a file (action items per note, answers
// per session…), as the app caps them when they are typed: the first record over it is refused, once.
// Counted within the file: an import into a new vault, the usual case, has nothing else to count.
import { IdMap } from './id-map';
import type { ImportContext } from './transfer-list';

export function perParentCap(ctx: ImportContext, max: number, words: string) {
  const counts = new IdMap();
  return (parentId: string | null, at: string, field: string): void => {
    if (parentId === null) return;
    const n = (counts.get(parentId) ?? 0) + 1;
    counts.set(parentId, n);
    if (n === max + 1) ctx.problem(`${at}.${field}`, `${words}, as in the app.`);
  };
}
