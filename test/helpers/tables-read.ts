// The tables a piece of work reads, as SQLite is asked for them: every statement run while it works
// is recorded (by its SQL text) and the table names after FROM and JOIN are collected. Views and the
// search index are named by what they stand for: search_index is kept with search_rows.
import Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../src-main/db/schema';

type TableName = string;
// Every table of the vault, as the features declare them (db/schema.ts gathers them).
export const SCHEMA_TABLES: string[] = Object.values(schema)
  .filter((x) => is(x, SQLiteTable))
  .map((x) => getTableName(x as SQLiteTable));

type Method = 'all' | 'get' | 'iterate' | 'run' | 'pluck' | 'raw';
const METHODS: Method[] = ['all', 'get', 'iterate', 'run'];

const probe = new Database(':memory:');
const statementProto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<Method, (...a: unknown[]) => unknown>;
probe.close();

const ALIASES: Record<string, TableName> = { search_index: 'search_rows' };
const known = new Set<string>(SCHEMA_TABLES);

export function tablesIn(sql: string): TableName[] {
  const out = new Set<TableName>();
  for (const m of sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?/gi)) {
    const name = ALIASES[m[1]!] ?? m[1]!;
    if (known.has(name)) out.add(name as TableName);
  }
  return [...out];
}

// Runs `work` and returns what it gave and the tables its statements read (in any connection of
// this process: tests run one core at a time).
export async function tablesRead<T>(work: () => Promise<T>): Promise<{ value: T; tables: TableName[] }> {
  const seen = new Set<TableName>();
  const originals = METHODS.map((m) => [m, statementProto[m]] as const);
  for (const [m, original] of originals) {
    statementProto[m] = function (this: { source: string }, ...args: unknown[]) {
      for (const t of tablesIn(this.source)) seen.add(t);
      return original.apply(this, args);
    };
  }
  try {
    const value = await work();
    return { value, tables: [...seen].sort() };
  } finally {
    for (const [m, original] of originals) statementProto[m] = original;
  }
}
