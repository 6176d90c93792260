// One way to keep what a form holds while it is typed, for every form that keeps drafts: a row per
// form (its key names the supervisee and what the form is about), replaced as the form changes,
// offered back when the form opens again, and removed by the service that saves the record, inside
// the same transaction, or when the person throws it away.
import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/vault';
import { getSupervisee } from '../supervisees/supervisees';

interface DraftTable extends SQLiteTable {
  key: SQLiteColumn;
  values: SQLiteColumn;
  updatedAt: SQLiteColumn;
}

interface DraftKind<K extends { superviseeId: string }> {
  table: DraftTable;
  // The row's key, and what of the key is kept in columns of its own.
  keyOf(k: K): string;
  columns(k: K): K;
  // Refuses a key that is not this supervisee's (a note of someone else's).
  check?(db: Db, k: K): void;
}

export type Draft<K, V> = K & { values: V; updatedAt: string };

export function draftStore<K extends { superviseeId: string }, V>(kind: DraftKind<K>) {
  const t = kind.table;
  const get = (db: Db, k: K): Draft<K, V> | null => {
    const row = db
      .select({ values: t.values, updatedAt: t.updatedAt })
      .from(t)
      .where(eq(t.key, kind.keyOf(k)))
      .get() as { values: V; updatedAt: string } | undefined;
    return row ? { ...kind.columns(k), values: row.values, updatedAt: row.updatedAt } : null;
  };
  return {
    get,
    save(db: Db, k: K, values: V, now = new Date()): Draft<K, V> {
      getSupervisee(db, k.superviseeId);
      kind.check?.(db, k);
      const updatedAt = now.toISOString();
      db.insert(t)
        .values({ key: kind.keyOf(k), ...kind.columns(k), values, updatedAt } as never)
        .onConflictDoUpdate({ target: t.key, set: { values, updatedAt } as never })
        .run();
      return { ...kind.columns(k), values, updatedAt };
    },
    discard(db: Db, k: K): { done: true } {
      db.delete(t)
        .where(eq(t.key, kind.keyOf(k)))
        .run();
      return { done: true };
    },
  };
}
