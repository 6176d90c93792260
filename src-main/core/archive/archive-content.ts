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

export interface ArchiveContent {
  version: number;
  exportedAt: string;
  // What the archive covers, in words for its title ("All records" or the supervisee's name).
  title: string;
  people: ArchivePerson[];
  // The supervisor's own records (a whole-vault archive only).
  vault: ArchiveSection[];
}

const personOf = (db: Db, id: string, name: string): ArchivePerson => ({
  name,
  sections: FEATURES.flatMap((f) => f.archive?.person?.(db, id) ?? []),
});

// `superviseeId` null: every supervisee, archived ones too, and the supervisor's records.
export function archiveContent(db: Db, superviseeId: string | null, now = new Date()): ArchiveContent {
  const people = superviseeId
    ? [getSupervisee(db, superviseeId)]
    : listSupervisees(db, { search: '', status: 'any', archived: 'include' });
  return {
    version: ARCHIVE_CONTENT_VERSION,
    exportedAt: now.toISOString(),
    title: superviseeId ? people[0]!.fullName : 'All records',
    people: people.map((p) => personOf(db, p.id, p.fullName)),
    vault: superviseeId ? [] : FEATURES.flatMap((f) => f.archive?.vault?.(db) ?? []),
  };
}
