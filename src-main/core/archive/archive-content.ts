// What an archive holds, gathered by looping over the features: each lends its sections for one
// supervisee (and the supervisor's own records for a whole-vault archive). Nothing here names a
// feature's table.
import type { Db } from '../../db/vault';
import { FEATURES } from '../features';
import { getSupervisee, listSupervisees } from '../supervisees/supervisees';
import type { ArchiveSection } from './archive-part';

export const ARCHIVE_CONTENT_VERSION = 1;

export interface ArchivePerson {
  name: string;
  sections: ArchiveSection[];
}

// The first piece of an archive: what it covers and how many people follow, one piece each.
export interface ArchiveFront {
  version: number;
  exportedAt: string;
  // What the archive covers, in words for its title ("All records" or the supervisee's name).
  title: string;
  people: number;
  // The supervisor's own records (a whole-vault archive only).
  vault: ArchiveSection[];
}

export interface ArchiveContent extends Omit<ArchiveFront, 'people'> {
  people: ArchivePerson[];
}

// One supervisee's sections, one feature's at a time as they are read.
export interface ArchivePersonPieces {
  name: string;
  sections: () => Generator<ArchiveSection>;
}

const personOf = (db: Db, id: string, name: string): ArchivePersonPieces => ({
  name,
  sections: function* () {
    for (const f of FEATURES) yield* f.archive?.person?.(db, id) ?? [];
  },
});

// `superviseeId` null: every supervisee, archived ones too, and the supervisor's records. The people
// are gathered one at a time as they are written, so a whole vault never sits in memory at once.
export function archivePieces(
  db: Db,
  superviseeId: string | null,
  now = new Date(),
): { front: ArchiveFront; people: () => Generator<ArchivePersonPieces> } {
  const people = superviseeId
    ? [getSupervisee(db, superviseeId)]
    : listSupervisees(db, { search: '', status: 'any', archived: 'include' });
  return {
    front: {
      version: ARCHIVE_CONTENT_VERSION,
      exportedAt: now.toISOString(),
      title: superviseeId ? people[0]!.fullName : 'All records',
      people: people.length,
      vault: superviseeId ? [] : FEATURES.flatMap((f) => f.archive?.vault?.(db) ?? []),
    },
    people: function* () {
      for (const p of people) yield personOf(db, p.id, p.fullName);
    },
  };
}

// All of it at once (for tests and small archives).
export function archiveContent(db: Db, superviseeId: string | null, now = new Date()): ArchiveContent {
  const { front, people } = archivePieces(db, superviseeId, now);
  return { ...front, people: [...people()].map((p) => ({ name: p.name, sections: [...p.sections()] })) };
}
