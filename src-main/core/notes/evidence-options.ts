// The supervisee's case notes as a rating's evidence can cite them (core/frameworks/evidence.ts).
import { and, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { EvidenceOption } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import { OPTIONS_PER_KIND, type EvidenceWhere } from '../frameworks/evidence-where';
import { caseNotes } from './tables';

export function noteEvidence(db: Db, w: EvidenceWhere): EvidenceOption[] {
  return db
    .select({ id: caseNotes.id, date: caseNotes.date, caseCode: caseNotes.caseCode })
    .from(caseNotes)
    .where(
      and(
        eq(caseNotes.superviseeId, w.superviseeId),
        isNull(caseNotes.deletedAt),
        w.upTo ? lte(caseNotes.date, w.upTo) : undefined,
        w.ids ? inArray(caseNotes.id, w.ids) : undefined,
      ),
    )
    .orderBy(desc(caseNotes.date))
    .limit(w.ids ? w.ids.length : OPTIONS_PER_KIND)
    .all()
    .map((n) => ({ kind: 'note' as const, id: n.id, date: n.date, label: `Case ${n.caseCode}` }));
}
