// Random and malformed payloads on every channel (FUZZ_RUNS per channel, 1,000 by default): the
// registry never throws, every rejection is a typed error, and no rejected call writes anything.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/contract';
import { ERROR_CODES } from '../../src-main/contract/errors';
import { channelExamples } from '../../src-main/core/app/channel-examples';
import { createAppCore, type AppCore } from '../../src-main/core/app/app-core';
import { vaultPaths } from '../../src-main/db/vault-files';
import { MIGRATIONS, PASSPHRASE, TEST_KDF, tempDir, unwrap } from '../helpers/temp-vault';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const t = { trusted: true };
let dir: ReturnType<typeof tempDir>;
let core: AppCore;
let someId = '';
let sessionId = '';
let noteId = '';
let actionId = '';

beforeAll(async () => {
  dir = tempDir();
  // No real waiting: the fuzzer sends thousands of wrong passphrases on purpose.
  core = createAppCore({
    vaultDir: dir.path,
    migrationsFolder: MIGRATIONS,
    kdf: TEST_KDF,
    sleep: async () => undefined,
  });
  unwrap(await core.registry.invoke('vault.create', { passphrase: PASSPHRASE, sampleData: true }, t));
  someId = (
    unwrap(await core.registry.invoke('supervisees.list', {}, t)) as {
      id: string;
    }[]
  )[0]!.id;
  sessionId = (
    unwrap(
      await core.registry.invoke(
        'sessions.create',
        {
          superviseeId: someId,
          date: '2026-01-05',
          durationMinutes: 60,
          format: 'individual',
          modality: 'in_person',
        },
        t,
      ),
    ) as { id: string }
  ).id;
  const note = unwrap(
    await core.registry.invoke(
      'notes.create',
      {
        superviseeId: someId,
        date: '2026-01-05',
        caseCode: 'C-1',
        actions: [{ text: 'Check in', due: null }],
      },
      t,
    ),
  ) as { id: string; actions: { id: string }[] };
  noteId = note.id;
  actionId = note.actions[0]!.id;
});
afterAll(() => {
  core.vault.lock();
  dir.cleanup();
});

// One valid payload per channel, lent by each feature's contract file (contract/examples.ts);
// mutations start from these so they get past the first checks.
function validPayload(ch: ChannelName): Record<string, unknown> {
  return channelExamples({
    supervisee: someId,
    session: sessionId,
    note: noteId,
    action: actionId,
    passphrase: PASSPHRASE,
  })[ch];
}

const weird = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

function payloads(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const arbs = [
    weird,
    fc
      .tuple(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), weird)
      .map(([k, v]) => ({ ...valid, [k]: v })),
    fc.string({ maxLength: 4000 }).map((s) => (keys.length ? { ...valid, [keys[0]!]: s } : { text: s })),
    fc.constantFrom(undefined, null, 0, '', [], [valid], 'vault.status'),
  ];
  if (keys.length)
    arbs.push(
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    );
  return fc.oneof(...arbs);
}

function diskAndDbState(): string {
  const changes =
    core.vault.status().state === 'unlocked'
      ? (core.vault.openVault().sqlite.prepare('select total_changes() as n').get() as { n: number }).n
      : -1;
  const keyFile = createHash('sha256')
    .update(readFileSync(vaultPaths(dir.path).keyFile))
    .digest('hex');
  return `${changes}:${keyFile}`;
}

// A channel's runs are sized by count (FUZZ_RUNS); the slowest (vault.lock, which locks and
// unlocks) takes about 19 s on a busy machine, so three minutes leaves room to spare.
describe('ipc fuzzing', { timeout: 180_000 }, () => {
  it.each([...CHANNEL_NAMES])('%s: malformed payloads get typed errors and change nothing', async (channel) => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(payloads(validPayload(channel)), async (payload) => {
        if (core.vault.status().state !== 'unlocked')
          unwrap(await core.registry.invoke('vault.unlock', { passphrase: PASSPHRASE }, t));
        const before = diskAndDbState();
        const r = await core.registry.invoke(channel, payload, t);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          rejected++;
          expect(ERROR_CODES).toContain(r.error.code);
          expect(typeof r.error.message).toBe('string');
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(r.error.message).not.toMatch(/\n\s+at |SQLITE_|Error:/);
          expect(Object.keys(r)).toEqual(['ok', 'error']);
          expect(diskAndDbState()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    expect(rejected).toBeGreaterThan(RUNS / 4);
  });

  it('refuses every channel from an untrusted sender without touching anything', async () => {
    for (const channel of CHANNEL_NAMES) {
      const before = diskAndDbState();
      const r = await core.registry.invoke(channel, validPayload(channel), {
        trusted: false,
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(diskAndDbState()).toBe(before);
    }
  });
});
