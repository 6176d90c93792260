// The frameworks feature's part of an archive: each competency review, oldest first, one table of
// levels per review (with the level's label from its framework and the hash a final review keeps).
import type { ArchivePart, ArchiveSection } from '../archive/archive-part';
import { table } from '../archive/archive-part';
import { getReview, listReviews } from './reviews';

export const frameworksArchive: ArchivePart = {
  person: (db, superviseeId) =>
    listReviews(db, superviseeId)
      .reverse()
      .map((summary): ArchiveSection => {
        const r = getReview(db, summary.id);
        const label = new Map(r.framework.levelLabels.map((l) => [l.level, l.label]));
        const name = new Map(r.framework.competencies.map((c) => [c.code, c.name]));
        const notes = [
          r.status === 'final' ? `Final${r.contentSha256 ? `, SHA-256 ${r.contentSha256}` : ''}` : 'Draft',
          r.strengths ? `Strengths: ${r.strengths}` : '',
          r.limitations ? `Growth areas: ${r.limitations}` : '',
        ];
        return table(
          `Review of ${r.reviewedOn} · ${r.frameworkName} (version ${r.frameworkVersion})`,
          ['Competency', 'Level', 'Level means', 'Comment'],
          r.ratings.map((x) => [
            `${x.competencyCode} ${name.get(x.competencyCode) ?? ''}`.trim(),
            x.level === null ? 'Not rated' : String(x.level),
            x.level === null ? '' : (label.get(x.level) ?? ''),
            x.comment,
          ]),
          notes.filter(Boolean).join(' · '),
        );
      }),
};
