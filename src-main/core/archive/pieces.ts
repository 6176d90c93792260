// How an archive's records are cut into pieces for sealing: the front (title, the supervisor's
// records, how many supervisees), then each supervisee's sections a few hundred rows at a time, then
// an end piece with the count, so a file cut short shows. Small pieces keep a whole-vault archive's
// memory flat: each is made, sealed, written and dropped before the next.
import type { ArchiveFront, ArchivePersonPieces } from './archive-content';
import type { ArchiveSection } from './archive-part';

export const ROWS_PER_PIECE = 200;
export const ITEMS_PER_PIECE = 40;

export type ArchivePiece =
  | ArchiveFront
  // Part of supervisee `p`'s section `k`: its rows or items continue those before.
  | { p: number; name: string; k: number; section: ArchiveSection | null }
  | { end: number };

function* cut(section: ArchiveSection): Generator<ArchiveSection> {
  if (section.kind === 'table') {
    if (!section.rows.length) yield section;
    for (let i = 0; i < section.rows.length; i += ROWS_PER_PIECE)
      yield { ...section, rows: section.rows.slice(i, i + ROWS_PER_PIECE) };
  } else {
    if (!section.items.length) yield section;
    for (let i = 0; i < section.items.length; i += ITEMS_PER_PIECE)
      yield { ...section, items: section.items.slice(i, i + ITEMS_PER_PIECE) };
  }
}

export function* archivePiecesOf(front: ArchiveFront, people: Iterable<ArchivePersonPieces>): Generator<ArchivePiece> {
  let count = 1;
  yield front;
  let p = 0;
  for (const person of people) {
    let k = 0;
    for (const section of person.sections()) {
      for (const piece of cut(section)) {
        count++;
        yield { p, name: person.name, k, section: piece };
      }
      k++;
    }
    if (k === 0) {
      count++;
      yield { p, name: person.name, k: 0, section: null };
    }
    p++;
  }
  yield { end: count };
}
