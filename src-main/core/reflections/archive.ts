// The reflections feature's part of an archive: every answer to a reflective question, oldest first.
import { asc, eq } from 'drizzle-orm';
import type { ArchivePart } from '../archive/archive-part';
import { fields } from '../archive/archive-part';
import { reflections } from './tables';

export const reflectionsArchive: ArchivePart = {
  person: (db, superviseeId) => [
    {
      kind: 'records',
      title: 'Reflections',
      items: db
        .select()
        .from(reflections)
        .where(eq(reflections.superviseeId, superviseeId))
        .orderBy(asc(reflections.reflectedOn), asc(reflections.createdAt))
        .all()
        .map((r) => ({
          heading: `${r.reflectedOn} · ${r.promptText}`,
          fields: fields([
            ['Answer', r.answer],
            ['Case', r.caseCode],
            ['Themes', r.themes.join(', ')],
          ]),
        })),
    },
  ],
};
