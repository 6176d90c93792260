// The supervisee's case notes as a rating's evidence can cite them (core/frameworks/evidence.ts).
import { desc, isNull } from 'drizzle-orm';
import type { EvidenceOption } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import { evidenceFilter, evidenceLimit, type EvidenceWhere } from '../frameworks/evidence-where';
import { caseNotes } from './tables';

export function noteEvidence(db: Db, w: EvidenceWhere): EvidenceOption[] {
  return db
    .select({ id: caseNotes.id, date: caseNotes.date, caseCode: caseNotes.caseCode })
    .from(caseNotes)
    .where(
      evidenceFilter(
        w,
        { superviseeId: caseNotes.superviseeId, day: caseNotes.date, id: caseNotes.id },
        isNull(caseNotes.deletedAt),
      ),
    )
    .orderBy(desc(caseNotes.date))
    .limit(evidenceLimit(w))
    .all()
    .map((n) => ({ kind: 'note' as const, id: n.id, date: n.date, label: `Case ${n.caseCode}` }));
}
