// Derived rows (the timeline's events, the search index's rows) are a projection of the features'
// own rows: a view with one arm per kind, which the features declare, and a table kept equal to the
// view by triggers inside the writing transaction. Each trigger re-reads the view for the one id it
// touched (SQLite pushes "id = ?" into every arm, each a primary-key look-up), so how a row is made
// is written once, in the declaration. This file turns declarations into that SQL; the migrations
// hold what it wrote (docs/architecture.md, "Derived SQL"), and a test holds the live database to it.
import { getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export interface ProjectionArm {
  table: SQLiteTable;
  alias: string;
  // A row this arm reads words from (an action item shows its note's case code). With `refreshBy`,
  // the column of this arm's table naming that row: when it changes, this arm's rows are made again.
  join?: { table: SQLiteTable; alias: string; on: string; refreshBy?: string };
  // The projection's columns, as SQL over the aliases, in the projection's order.
  columns: readonly string[];
  where?: string;
}

export interface DerivedObject {
  type: 'view' | 'trigger';
  name: string;
  // The CREATE statement exactly as SQLite keeps it in sqlite_master (no closing semicolon).
  sql: string;
}

const TAB = '\t';

export function viewSql(name: string, columns: readonly string[], arms: readonly ProjectionArm[]): DerivedObject {
  const selects = arms.map((a) => {
    const from = `FROM ${getTableName(a.table)} ${a.alias}`;
    const join = a.join ? ` JOIN ${getTableName(a.join.table)} ${a.join.alias} ON ${a.join.on}` : '';
    const where = a.where ? ` WHERE ${a.where}` : '';
    return `SELECT ${a.columns.join(', ')}\n${from}${join}${where}`;
  });
  return {
    type: 'view',
    name,
    sql: `CREATE VIEW ${name} (${columns.join(', ')}) AS\n${selects.join('\nUNION ALL\n')}`,
  };
}

// What a projection's triggers do for one source table, as statements in a trigger body.
export interface TriggerBodies {
  // After a row of `table` is inserted (`new.id` names it).
  insert: (table: string) => string[];
  // After it changes: its own rows made again, then those of rows that show its words.
  update: (table: string, children: { table: string; key: string }[]) => string[];
  // After it is deleted (`old.id`).
  delete: (table: string) => string[];
}

// The insert, update and delete triggers of every table the arms read from, named `${prefix}_<table>_<event>`.
export function triggersSql(prefix: string, arms: readonly ProjectionArm[], bodies: TriggerBodies): DerivedObject[] {
  const tables = [...new Set(arms.map((a) => getTableName(a.table)))];
  const out: DerivedObject[] = [];
  const trigger = (table: string, event: 'insert' | 'update' | 'delete', body: string[]) => {
    const name = `${prefix}_${table}_${event}`;
    const statements = body.map((s) => `${TAB}${s};\n`).join('');
    const sql = `CREATE TRIGGER ${name} AFTER ${event.toUpperCase()} ON ${table} BEGIN\n${statements}END`;
    out.push({ type: 'trigger', name, sql });
  };
  for (const table of tables) {
    const children = arms
      .filter((a) => a.join?.refreshBy && getTableName(a.join.table) === table)
      .map((a) => ({ table: getTableName(a.table), key: a.join!.refreshBy! }));
    const unique = [...new Map(children.map((c) => [`${c.table}.${c.key}`, c])).values()];
    trigger(table, 'insert', bodies.insert(table));
    trigger(table, 'update', bodies.update(table, unique));
    trigger(table, 'delete', bodies.delete(table));
  }
  return out;
}

// 'a', 'b' as an SQL list of literals.
export const literals = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
