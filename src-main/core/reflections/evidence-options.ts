// The supervisee's reflections as a rating's evidence can cite them (core/frameworks/evidence.ts).
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { EvidenceOption } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import { OPTIONS_PER_KIND, short, type EvidenceWhere } from '../frameworks/evidence-where';
import { reflections } from './tables';

export function reflectionEvidence(db: Db, w: EvidenceWhere): EvidenceOption[] {
  const day = reflections.reflectedOn;
  return db
    .select({ id: reflections.id, date: day, promptText: reflections.promptText })
    .from(reflections)
    .where(
      and(
        eq(reflections.superviseeId, w.superviseeId),
        w.upTo ? lte(day, w.upTo) : undefined,
        w.ids ? inArray(reflections.id, w.ids) : undefined,
      ),
    )
    .orderBy(desc(reflections.reflectedOn), desc(reflections.createdAt))
    .limit(w.ids ? w.ids.length : OPTIONS_PER_KIND)
    .all()
    .map((r) => ({ kind: 'reflection' as const, id: r.id, date: r.date, label: short(r.promptText) }));
}
