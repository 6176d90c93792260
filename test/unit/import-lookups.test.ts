// An import into a vault sets the indexes of every table that was empty when it began aside until
// its rows are in (db/secondary-indexes.ts), so a check that looks such a table up once per record
// reads every row loaded so far: quadratic at career scale. Checks ask `ctx.vaultHeld` first
// (docs/adding-a-feature.md); this holds every feature to it, by the statements the import runs.
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src-main/db/schema';
import type { Db } from '../../src-main/db/vault';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { importJson } from '../../src-main/core/data-transfer/workflows';
import type { AppCore } from '../../src-main/core/app/app-core';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

let dir: ReturnType<typeof tempDir>;
let source: AppCore;
let target: AppCore;
beforeAll(async () => {
  dir = tempDir();
  source = newCore(join(dir.path, 'sample'));
  target = newCore(join(dir.path, 'new'));
  unwrap(await source.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, { trusted: true }));
  unwrap(await target.registry.invoke('vault.create', { passphrase: PASSPHRASE }, { trusted: true }));
});
afterAll(() => {
  source.vault.lock();
  target.vault.lock();
  dir.cleanup();
});

// The tables a statement reads, by name.
const tablesRead = (query: string) => [...query.matchAll(/\b(?:from|join)\s+"?(\w+)"?/gi)].map((m) => m[1]!);
// A look-up by primary key alone, which no import sets aside.
const byId = (query: string) => /where "\w+"\."id" = \?( limit \?)?$/.test(query.trim());

describe('an import into a new vault', () => {
  it('looks nothing up, record by record, in a table that was empty when it began', () => {
    const doc = JSON.parse(JSON.stringify(exportVault(source.vault.db()))) as { entities: Record<string, unknown[]> };
    const raw = target.vault.openVault().sqlite;
    const tables = raw
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite%'")
      .pluck()
      .all() as string[];
    const empty = new Set(tables.filter((t) => !raw.prepare(`select 1 from "${t}" limit 1`).get()));
    const ran = new Map<string, number>();
    const logged = drizzle(raw, { schema, logger: { logQuery: (q) => void ran.set(q, (ran.get(q) ?? 0) + 1) } });
    const counts = importJson(logged as unknown as Db, doc);

    // The file has many records of every kind the sample makes, each list more than one.
    expect(counts.caseNotes).toBeGreaterThan(10);
    const kinds = Object.entries(doc.entities).filter(([, list]) => Array.isArray(list) && list.length > 1);
    expect(kinds.length).toBeGreaterThan(12);
    expect(empty.has('agreements') && empty.has('case_notes') && empty.has('competency_reviews')).toBe(true);
    const repeated = [...ran]
      .filter(([q, n]) => n > 1 && /^\s*select/i.test(q) && !byId(q) && tablesRead(q).some((t) => empty.has(t)))
      .map(([q, n]) => `${n}× ${q.slice(0, 120)}`);
    expect(repeated).toEqual([]);
    // The statements were seen: the per-record inserts ran once a record.
    expect(Math.max(...[...ran].filter(([q]) => /^insert into "case_notes"/.test(q)).map(([, n]) => n))).toBe(
      counts.caseNotes,
    );
  });
});
