// The features' lists are the JSON format's: every table of records is in exactly one list, so a new
// table is exported, imported and checked or is named here as kept out on purpose.
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src-main/db/schema';
import { CHANNEL_NAMES } from '../../src-main/contract';
import { FEATURES, TRANSFER_LISTS } from '../../src-main/core/features';
import { MODULES } from '../../src-main/core/modules';
import { exportDocument, IMPORT_LISTS } from '../../src-main/core/data-transfer/json-format';

// Tables that are not records a person exchanges: app state, the audit chain (it belongs to one vault),
// drafts not yet saved, and what is derived from the records (rebuilt on import).
const KEPT_OUT = [
  'settings',
  'audit_events',
  'note_drafts',
  'reflection_drafts',
  'hours_by_day',
  'timeline_events',
  'search_rows',
  // The exchange's keys, pairings and packets belong to this one vault (an identity must never travel
  // in a plaintext file or be copied into another vault); backups carry them.
  'exchange_identity',
  'exchange_peers',
  'exchange_packets',
  // Decisions about lines of exchanged packets, meaningless without those packets.
  'hours_resolutions',
];

describe('the feature list', () => {
  it('puts every table of records in exactly one list, and leaves out only what is named', () => {
    const tables = Object.values(schema)
      .filter((t) => is(t, SQLiteTable))
      .map((t) => getTableName(t as SQLiteTable));
    const listed = TRANSFER_LISTS.map((l) => getTableName(l.table));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed, ...KEPT_OUT].sort()).toEqual([...tables].sort());
  });

  it('gives every list a unique name, and the format reads them in the features’ order', () => {
    const names = FEATURES.flatMap((f) => f.transfer.lists.map((l) => l.list));
    expect(new Set(names).size).toBe(names.length);
    expect(IMPORT_LISTS).toEqual(names);
    expect(new Set(FEATURES.map((f) => f.name)).size).toBe(FEATURES.length);
  });

  it('requires the first list in every file and lets later ones be absent, as older versions have them', () => {
    const frame = { format: 'alliance-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z' };
    expect(exportDocument.safeParse({ ...frame, entities: {} }).success).toBe(false);
    const parsed = exportDocument.safeParse({ ...frame, entities: { [IMPORT_LISTS[0]!]: [] } });
    expect(parsed.success).toBe(true);
    for (const list of IMPORT_LISTS) expect(parsed.data!.entities[list]).toEqual([]);
  });

  it('serves every channel of the contract from exactly one module, each under its own name', () => {
    const served = MODULES.flatMap((m) => Object.keys(m.channels));
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(MODULES.map((m) => m.name)).size).toBe(MODULES.length);
  });
});
