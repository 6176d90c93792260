// The supervisee's sessions as a rating's evidence can cite them (core/frameworks/evidence.ts).
import { desc, isNull } from 'drizzle-orm';
import { FORMAT_LABELS } from '../../contract/enums';
import type { EvidenceOption } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import { evidenceFilter, evidenceLimit, type EvidenceWhere } from '../frameworks/evidence-where';
import { supervisionSessions } from './tables';

export function sessionEvidence(db: Db, w: EvidenceWhere): EvidenceOption[] {
  return db
    .select()
    .from(supervisionSessions)
    .where(
      evidenceFilter(
        w,
        { superviseeId: supervisionSessions.superviseeId, day: supervisionSessions.date, id: supervisionSessions.id },
        isNull(supervisionSessions.deletedAt),
      ),
    )
    .orderBy(desc(supervisionSessions.date))
    .limit(evidenceLimit(w))
    .all()
    .map((s) => ({
      kind: 'session' as const,
      id: s.id,
      date: s.date,
      label: `${FORMAT_LABELS[s.format]} supervision, ${s.durationMinutes} min`,
    }));
}
