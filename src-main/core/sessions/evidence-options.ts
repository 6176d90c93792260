// The supervisee's sessions as a rating's evidence can cite them (core/frameworks/evidence.ts).
import { and, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { FORMAT_LABELS } from '../../contract/enums';
import type { EvidenceOption } from '../../contract/frameworks';
import type { Db } from '../../db/vault';
import { OPTIONS_PER_KIND, type EvidenceWhere } from '../frameworks/evidence-where';
import { supervisionSessions } from './tables';

export function sessionEvidence(db: Db, w: EvidenceWhere): EvidenceOption[] {
  return db
    .select()
    .from(supervisionSessions)
    .where(
      and(
        eq(supervisionSessions.superviseeId, w.superviseeId),
        isNull(supervisionSessions.deletedAt),
        w.upTo ? lte(supervisionSessions.date, w.upTo) : undefined,
        w.ids ? inArray(supervisionSessions.id, w.ids) : undefined,
      ),
    )
    .orderBy(desc(supervisionSessions.date))
    .limit(w.ids ? w.ids.length : OPTIONS_PER_KIND)
    .all()
    .map((s) => ({
      kind: 'session' as const,
      id: s.id,
      date: s.date,
      label: `${FORMAT_LABELS[s.format]} supervision, ${s.durationMinutes} min`,
    }));
}
