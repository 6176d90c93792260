// The JSON export is written a page at a time; its bytes must be exactly the one spelling of the
// format, JSON.stringify(exportVault(db), null, 2), at every page size and for an empty vault.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportVault } from '../../src-main/core/data-transfer/data-transfer';
import { writeVaultJson } from '../../src-main/core/data-transfer/export-stream';
import type { Db } from '../../src-main/db/vault';
import { newCore, PASSPHRASE, tempDir, unwrap } from '../helpers/temp-vault';

const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

function streamed(db: Db, now: Date, page?: number): { text: string; writes: number } {
  const parts: string[] = [];
  writeVaultJson(db, (c) => void parts.push(String(c)), now, page);
  return { text: parts.join(''), writes: parts.length };
}

describe('the streamed JSON export', () => {
  it('is byte for byte the whole-document export, across page edges and for an empty vault', async () => {
    const core = newCore(join(dir.path, 'vault'));
    unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE }, t));
    const now = new Date('2026-12-01T10:00:00.000Z');
    const whole = (db: Db) => `${JSON.stringify(exportVault(db, now), null, 2)}\n`;
    expect(streamed(core.vault.db(), now).text).toBe(whole(core.vault.db()));
    core.vault.lock();

    const full = newCore(join(dir.path, 'sample'));
    unwrap(await full.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
    const db = full.vault.db();
    const expected = whole(db);
    expect(JSON.parse(expected).entities.sessions.length).toBeGreaterThan(100);
    for (const page of [1, 7, 2000]) expect(streamed(db, now, page).text, `page size ${page}`).toBe(expected);
    // Small pages really are many writes (one per page of 7 at least): nothing is gathered whole first.
    const records = Object.values(JSON.parse(expected).entities as Record<string, unknown>)
      .filter(Array.isArray)
      .reduce((n, list) => n + list.length, 0);
    expect(JSON.parse(expected).entities.caseNotes.length).toBeGreaterThan(10);
    expect(streamed(db, now, 7).writes).toBeGreaterThan(records / 7);
    full.vault.lock();
  });
});
