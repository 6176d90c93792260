// The JSON export written a page of records at a time, so a career's 200,000 records never sit in
// memory whole (as objects, and again as one 90 MB string). The bytes are exactly those of
// JSON.stringify(exportVault(db), null, 2): the format has one spelling (tested).
import { and, asc, getTableColumns, gt, or, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { WriteChunk } from '../../db/atomic-write';
import type { Db } from '../../db/vault';
import { auditHead } from '../audit/audit-log';
import { readSettings } from '../settings/settings';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json-format';
import { TRANSFER_LISTS } from '../features';
import { listOrder } from './data-transfer';

// Records read at once. Smaller pages leave less garbage between collections: at career scale a page of
// 2,000 (notes of about 150 words) peaked at 377 MB, a page of 500 at 258 MB, for the same time.
const PAGE = 500;

// A value as JSON.stringify(…, null, 2) would write it `depth` levels down.
const at = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

// Rows in (key, id) order, a page at a time: keyset paging, so each page is one index range read.
function* pages<T extends { id: string }>(
  db: Db,
  size: number,
  table: SQLiteTable,
  key: SQLiteColumn,
  idCol: SQLiteColumn,
  keyOf: (row: T) => string,
  only?: SQL,
): Generator<T[]> {
  let after: { key: string; id: string } | null = null;
  for (;;) {
    const where: SQL | undefined = and(
      only,
      after ? or(gt(key, after.key), and(eq(key, after.key), gt(idCol, after.id))) : undefined,
    );
    const rows = db.select().from(table).where(where).orderBy(asc(key), asc(idCol)).limit(size).all() as T[];
    if (!rows.length) return;
    yield rows;
    const last = rows.at(-1)!;
    after = { key: keyOf(last), id: last.id };
    if (rows.length < size) return;
  }
}

// Returns how many records it wrote.
function writeList<T extends { id: string }>(
  write: WriteChunk,
  name: string,
  list: Generator<T[]>,
  last: boolean,
): number {
  let first = true;
  let count = 0;
  write(`    "${name}": [`);
  for (const rows of list) {
    write((first ? '' : ',') + rows.map((r) => `\n      ${at(r, 3)}`).join(','));
    first = false;
    count += rows.length;
  }
  write(first ? `]${last ? '' : ','}\n` : `\n    ]${last ? '' : ','}\n`);
  return count;
}

// `page` is how many records are read at once (small in tests, to cross page edges).
export function writeVaultJson(db: Db, write: WriteChunk, now = new Date(), page = PAGE): { supervisees: number } {
  write(
    `{\n  "format": ${at(EXPORT_FORMAT, 1)},\n  "version": ${EXPORT_VERSION},\n` +
      `  "exportedAt": ${at(now.toISOString(), 1)},\n` +
      `  "auditHead": ${at(auditHead(db), 1)},\n  "entities": {\n`,
  );
  let people = 0;
  TRANSFER_LISTS.forEach((l, i) => {
    const { key, id } = listOrder(l);
    const keyName = Object.entries(getTableColumns(l.table)).find(([, c]) => c === key)![0];
    const rows = pages<{ id: string }>(
      db,
      page,
      l.table,
      key,
      id,
      (r) => (r as Record<string, string>)[keyName]!,
      l.only,
    );
    const count = writeList(write, l.list, rows, i === TRANSFER_LISTS.length - 1);
    // Settings follow the first list (the supervisees), as version 1 wrote them.
    if (i === 0) {
      people = count;
      write(`    "settings": ${at(readSettings(db), 2)},\n`);
    }
  });
  write('  }\n}\n');
  return { supervisees: people };
}
