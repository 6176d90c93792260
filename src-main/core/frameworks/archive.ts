// The frameworks feature's part of an archive: each competency review, oldest first, one table of
// levels per review (with the level's label from its framework and the hash a final review keeps).
import type { ArchivePart, ArchiveSection } from '../archive/archive-part';
import { table } from '../archive/archive-part';
import { reviewsWithRatings } from './reviews';

export const frameworksArchive: ArchivePart = {
  person: (db, superviseeId) =>
    reviewsWithRatings(db, superviseeId).map(({ review: r, framework: f, ratings }): ArchiveSection => {
      const label = new Map(f.levelLabels.map((l) => [l.level, l.label]));
      const byCode = new Map(ratings.map((x) => [x.code, x]));
      const notes = [
        r.status === 'final' ? `Final${r.contentSha256 ? `, SHA-256 ${r.contentSha256}` : ''}` : 'Draft',
        r.strengths ? `Strengths: ${r.strengths}` : '',
        r.limitations ? `Growth areas: ${r.limitations}` : '',
      ];
      return table(
        `Review of ${r.reviewedOn} · ${f.name} (version ${f.version})`,
        ['Competency', 'Level', 'Level means', 'Comment'],
        f.competencies.map((c) => {
          const x = byCode.get(c.code);
          const level = x?.level ?? null;
          return [
            `${c.code} ${c.name}`,
            level === null ? 'Not rated' : String(level),
            level === null ? '' : (label.get(level) ?? ''),
            x?.comment ?? '',
          ];
        }),
        notes.filter(Boolean).join(' · '),
      );
    }),
};
