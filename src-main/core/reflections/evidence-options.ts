// The supervisee's reflections as a rating's evidence can cite them (core/frameworks/evidence.ts).
import { desc } from 'drizzle-orm';
import type { EvidenceOption } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import { evidenceFilter, evidenceLimit, short, type EvidenceWhere } from '../frameworks/evidence-where';
import { reflections } from './tables';

export function reflectionEvidence(db: Db, w: EvidenceWhere): EvidenceOption[] {
  const day = reflections.reflectedOn;
  return db
    .select({ id: reflections.id, date: day, promptText: reflections.promptText })
    .from(reflections)
    .where(evidenceFilter(w, { superviseeId: reflections.superviseeId, day, id: reflections.id }))
    .orderBy(desc(reflections.reflectedOn), desc(reflections.createdAt))
    .limit(evidenceLimit(w))
    .all()
    .map((r) => ({ kind: 'reflection' as const, id: r.id, date: r.date, label: short(r.promptText) }));
}
