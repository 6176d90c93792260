import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../src-main/db/schema';
import { createVault } from '../../src-main/db/vault';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir } from '../helpers/temp-vault';

interface Journal {
  dialect: string;
  entries: { idx: number; when: number; tag: string; breakpoints: boolean }[];
}
const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal;

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('migration journal', () => {
  it('is ordered, gap-free, and every entry has its SQL file and snapshot', () => {
    expect(journal.dialect).toBe('sqlite');
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      if (i > 0) expect(e.when).toBeGreaterThan(journal.entries[i - 1]!.when);
      expect(existsSync(join(MIGRATIONS, `${e.tag}.sql`))).toBe(true);
      expect(existsSync(join(MIGRATIONS, 'meta', `${e.tag.slice(0, 4)}_snapshot.json`))).toBe(true);
    });
  });
});

describe('a fresh vault', () => {
  it('records every migration as applied', async () => {
    const { vault } = await createVault(dir.path, PASSPHRASE, { migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
    const rows = vault.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    expect(rows.n).toBe(journal.entries.length);
    vault.close();
  });

  it('matches schema.ts table by table, column by column, index by index', async () => {
    const { vault } = await createVault(dir.path, PASSPHRASE, { migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
    const tables = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));
    expect(tables.length).toBeGreaterThan(0);
    const actualTables = (
      vault.sqlite
        .prepare(
          // The full-text index and its shadow tables are written by hand (drizzle-kit cannot describe
          // virtual tables); search.test.ts checks them.
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != " +
            "'__drizzle_migrations' and name not like 'search_index%' order by name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(actualTables).toEqual(tables.map((t) => getTableConfig(t).name).sort());
    for (const table of tables) {
      const cfg = getTableConfig(table);
      const cols = vault.sqlite.prepare(`pragma table_info(${JSON.stringify(cfg.name)})`).all() as {
        name: string;
        notnull: number;
        pk: number;
      }[];
      expect(cols.map((c) => c.name).sort(), cfg.name).toEqual(cfg.columns.map((c) => c.name).sort());
      for (const c of cfg.columns) {
        const actual = cols.find((x) => x.name === c.name)!;
        expect(Boolean(actual.notnull || actual.pk), `${cfg.name}.${c.name} not null`).toBe(c.notNull);
      }
      const indexes = (
        vault.sqlite.prepare(`pragma index_list(${JSON.stringify(cfg.name)})`).all() as {
          name: string;
          origin: string;
        }[]
      )
        .filter((i) => i.origin === 'c')
        .map((i) => i.name)
        .sort();
      expect(indexes, `${cfg.name} indexes`).toEqual(cfg.indexes.map((i) => i.config.name).sort());
    }
    vault.close();
  });

  // Deleting a parent row (a supervisee, and by cascade their sessions, notes…) looks up its children
  // by each foreign key; without an index led by that column, SQLite reads the whole child table
  // once per deleted parent.
  it('has an index led by every foreign-key column', async () => {
    const { vault } = await createVault(dir.path, PASSPHRASE, { migrationsFolder: MIGRATIONS, kdf: TEST_KDF });
    const tables = vault.sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like " +
          "'search_index%'",
      )
      .pluck()
      .all() as string[];
    const missing: string[] = [];
    for (const t of tables) {
      const keys = vault.sqlite.prepare(`pragma foreign_key_list(${JSON.stringify(t)})`).all() as { from: string }[];
      const leading = new Set(
        (vault.sqlite.prepare(`pragma index_list(${JSON.stringify(t)})`).all() as { name: string }[]).map(
          (i) =>
            (
              vault.sqlite.prepare(`pragma index_info(${JSON.stringify(i.name)})`).all() as {
                seqno: number;
                name: string;
              }[]
            ).find((c) => c.seqno === 0)?.name,
        ),
      );
      for (const k of keys) if (!leading.has(k.from)) missing.push(`${t}.${k.from}`);
    }
    expect(missing).toEqual([]);
    vault.close();
  });
});
