// Hostile import files, generated: a valid export mutated at random places (fields deleted,
// replaced by any JSON value, records duplicated), and arbitrary JSON. The importer never throws
// anything but its own refusal, a refused file writes nothing, and reading it from a file (streamed)
// or from memory gives the same refusal.
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/core/app/app-core';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { ImportError } from '../../src-main/core/data-transfer/importer';
import { importJson, importJsonFile } from '../../src-main/core/data-transfer/workflows';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const t = { trusted: true };
let source: ReturnType<typeof tempDir>;
let target: ReturnType<typeof tempDir>;
let valid: Record<string, unknown>;
let core: AppCore;

beforeAll(async () => {
  source = tempDir();
  const from = newCore(source.path);
  unwrap(await from.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
  valid = JSON.parse(JSON.stringify(exportVault(from.vault.db())));
  from.vault.lock();
  target = tempDir();
  core = newCore(target.path);
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
});
afterAll(() => {
  core.vault.lock();
  source.cleanup();
  target.cleanup();
});

const counts = () => {
  const sqlite = core.vault.openVault().sqlite;
  return ['supervisees', 'supervision_sessions', 'client_hours', 'signed_periods', 'audit_events'].map(
    (tbl) => (sqlite.prepare(`select count(*) as n from ${tbl}`).get() as { n: number }).n,
  );
};

// Every path into the document, so a mutation can land anywhere.
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.slice(0, 3).forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function mutate(doc: unknown, path: (string | number)[], op: 'delete' | 'replace' | 'duplicate', value: unknown) {
  const copy = JSON.parse(JSON.stringify(doc));
  if (!path.length) return value;
  const parent = path.slice(0, -1).reduce((o, k) => o[k], copy);
  const key = path.at(-1)!;
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (op === 'duplicate' && Array.isArray(parent)) parent.push(parent[Number(key)]);
  else parent[key] = value;
  return copy;
}

function attempt(work: () => unknown): ImportError | null {
  try {
    work();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).problems.length).toBeGreaterThan(0);
    // No library wording or NaN in a message; a field the file itself names (even one called "NaN")
    // is quoted back, so that part is left out of the check.
    for (const p of (e as ImportError).problems)
      expect(p.message.replace(/^Alliance does not know the fields? .*\.$/, '')).not.toMatch(
        /Invalid input|expected|NaN/,
      );
    return e as ImportError;
  }
}

// The file is read as a stream of tokens and the value is walked in memory: the same document
// must meet the same refusal either way (a refused file writes nothing, so both see one vault).
let files = 0;
function tryImport(doc: unknown): 'imported' | 'refused' {
  const path = join(target.path, `fuzz-${files++}.json`);
  writeFileSync(path, JSON.stringify(doc) ?? 'null');
  const fromFile = attempt(() => importJsonFile(core.vault.db(), path));
  rmSync(path);
  if (!fromFile) return 'imported';
  const fromValue = attempt(() => importJson(core.vault.db(), doc));
  expect(fromValue?.problems).toEqual(fromFile.problems);
  return 'refused';
}

describe('import fuzzing', () => {
  it('a mutated export is imported whole or refused with nothing written', () => {
    const all = paths(valid);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.constantFrom('delete', 'replace', 'duplicate' as const),
        fc.jsonValue(),
        (path, op, value) => {
          const before = counts();
          const outcome = tryImport(mutate(valid, path, op as 'delete' | 'replace' | 'duplicate', value));
          // A valid file's ids are all in the vault after the first import, so nothing more lands.
          if (outcome === 'refused') expect(counts()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    // RUNS imports of a real export: about 30 s alone, 61 s once on a busy machine. Room to spare.
  }, 300_000);

  it('arbitrary JSON is refused without a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = counts();
        expect(tryImport(value)).toBe('refused');
        expect(counts()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
