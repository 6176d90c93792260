// Every packet that must not be let in: tampered, cut short, replayed, out of order, encrypted to
// someone else, forwarded, from a vault never paired, or from keys whose new fingerprint was not
// confirmed. Each is refused in plain words and leaves every byte of the receiving vault as it was.
// Then the packet parser is fuzzed, and the reference tools (age, minisign) read what Alliance wrote.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireIdentity } from '../../src-main/core/exchange/identity';
import { publicKeyFile } from '../../src-main/core/exchange/minisign';
import { PacketRefused, receivePacket, REFUSALS, type RefusalReason } from '../../src-main/core/exchange/packets';
import { pair, peerFor } from '../../src-main/core/exchange/peers';
import { cardOf, pairedVaults, pairWith, send, side, type Side } from '../helpers/exchange-pair';
import { fingerprint } from '../helpers/temp-vault';

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
let v: Awaited<ReturnType<typeof pairedVaults>>;

beforeEach(async () => {
  v = await pairedVaults();
  await v.supervisee.call('sessions.create', {
    superviseeId: v.supervisee.sup.id,
    date: '2026-10-05',
    durationMinutes: 60,
    format: 'individual',
    modality: 'video',
  });
});
afterEach(() => v.close());

const hoursPacket = async (from: Side = v.supervisee) => send(from, v.outbox.path, 'hours', OCTOBER);

// Refused for `reason`, with the vault's files byte for byte as before.
async function refusedUnchanged(to: Side, bytes: Uint8Array, reason: RefusalReason) {
  const before = fingerprint(to.dir.path);
  const seq = peerFor(to.db(), to.sup.id)?.receivedSeq;
  const err = await receivePacket(to.db(), bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PacketRefused);
  expect((err as PacketRefused).reason).toBe(reason);
  expect((err as PacketRefused).message.startsWith(REFUSALS[reason])).toBe(true);
  expect(peerFor(to.db(), to.sup.id)?.receivedSeq).toBe(seq);
  expect(fingerprint(to.dir.path)).toEqual(before);
}

async function decryptFor(s: Side, bytes: Uint8Array): Promise<string> {
  const d = new Decrypter();
  d.addIdentity(requireIdentity(s.db()).ageSecret);
  return d.decrypt(bytes, 'text');
}

async function encryptTo(s: Side, text: string): Promise<Uint8Array> {
  const e = new Encrypter();
  e.addRecipient(requireIdentity(s.db()).ageRecipient);
  return e.encrypt(text);
}

describe('packets refused with nothing written', () => {
  it('a tampered packet (one byte of the ciphertext changed)', async () => {
    const bytes = readFileSync((await hoursPacket()).file);
    bytes[bytes.length - 20]! ^= 1;
    await refusedUnchanged(v.supervisor, bytes, 'damaged');
  });

  it('a truncated packet', async () => {
    const bytes = readFileSync((await hoursPacket()).file);
    await refusedUnchanged(v.supervisor, bytes.subarray(0, bytes.length - 40), 'damaged');
  });

  it('a replayed packet', async () => {
    const bytes = readFileSync((await hoursPacket()).file);
    await receivePacket(v.supervisor.db(), bytes);
    await refusedUnchanged(v.supervisor, bytes, 'replayed');
  });

  it('packets out of order: the second before the first', async () => {
    const first = readFileSync((await hoursPacket()).file);
    const second = readFileSync((await hoursPacket()).file);
    await refusedUnchanged(v.supervisor, second, 'gap');
    await receivePacket(v.supervisor.db(), first);
    await receivePacket(v.supervisor.db(), second);
    expect(peerFor(v.supervisor.db(), v.supervisor.sup.id)!.receivedSeq).toBe(2);
  });

  it('a packet encrypted to someone else, and a file that is no packet', async () => {
    const stranger = await side('supervisor', 'Orrin Vashti');
    try {
      pairWith(stranger, v.supervisee);
      const bytes = readFileSync((await hoursPacket()).file);
      await refusedUnchanged(stranger, bytes, 'not_for_you');
      await refusedUnchanged(v.supervisor, Buffer.from('date,hours\n2026-10-05,1\n'), 'not_a_packet');
    } finally {
      stranger.close();
    }
  });

  it('a packet forwarded: opened by its recipient and encrypted again to a third vault', async () => {
    const third = await side('supervisor', 'Orrin Vashti');
    try {
      // The third vault knows the sender (it paired with their card), so only the address betrays it.
      pairWith(third, v.supervisee);
      const inner = await decryptFor(v.supervisor, readFileSync((await hoursPacket()).file));
      await refusedUnchanged(third, await encryptTo(third, inner), 'forwarded');
    } finally {
      third.close();
    }
  });

  it('a packet from a vault never paired, and one whose signature does not match its sender', async () => {
    const stranger = await side('supervisee', 'Wren Halloway');
    try {
      pairWith(stranger, v.supervisor);
      await stranger.call('sessions.create', {
        superviseeId: stranger.sup.id,
        date: '2026-10-06',
        durationMinutes: 60,
        format: 'individual',
        modality: 'video',
      });
      await refusedUnchanged(v.supervisor, readFileSync((await hoursPacket(stranger)).file), 'unknown_sender');
      // A stranger's signed packet claiming to come from the paired supervisee.
      const inner = JSON.parse(await decryptFor(v.supervisor, readFileSync((await hoursPacket(stranger)).file))) as {
        payload: string;
      };
      const payload = JSON.parse(inner.payload) as { from: string };
      payload.from = requireIdentity(v.supervisee.db()).fingerprint;
      const forged = JSON.stringify({ ...inner, payload: JSON.stringify(payload) });
      await refusedUnchanged(v.supervisor, await encryptTo(v.supervisor, forged), 'bad_signature');
    } finally {
      stranger.close();
    }
  });

  it('a packet from new keys whose fingerprint was not confirmed', async () => {
    const renewed = await side('supervisee', 'Juniper Saltmarsh');
    try {
      pairWith(renewed, v.supervisor);
      const card = cardOf(renewed);
      expect(() =>
        pair(v.supervisor.db(), { card, superviseeId: v.supervisor.sup.id, typedFingerprint: card.fingerprint }),
      ).toThrow(/fingerprint has changed/);
      await renewed.call('sessions.create', {
        superviseeId: renewed.sup.id,
        date: '2026-10-06',
        durationMinutes: 60,
        format: 'individual',
        modality: 'video',
      });
      await refusedUnchanged(v.supervisor, readFileSync((await hoursPacket(renewed)).file), 'unconfirmed');
    } finally {
      renewed.close();
    }
  });

  it('a packet sent the wrong way, and records that break the app’s rules', async () => {
    // Re-signing needs the sender's key: build the envelope as the supervisee would, by hand.
    const { signMessage } = await import('../../src-main/core/exchange/minisign');
    const own = requireIdentity(v.supervisee.db());
    const to = requireIdentity(v.supervisor.db()).fingerprint;
    const packet = (kind: string, records: unknown) => {
      const payload = JSON.stringify({
        format: 'alliance-packet',
        version: 1,
        id: '8f0e3c1a-4b7d-4e2a-9c55-0d6b2f1e7a90',
        from: own.fingerprint,
        to,
        seq: 1,
        prev: null,
        kind,
        period: OCTOBER,
        sentAt: '2026-11-01T10:00:00.000Z',
        records,
      });
      const minisig = signMessage(own.signing, Buffer.from(payload), 'timestamp:0\tfile:x');
      return encryptTo(v.supervisor, JSON.stringify({ format: 'alliance-packet', version: 1, payload, minisig }));
    };
    await refusedUnchanged(v.supervisor, await packet('hours_queries', { lines: [] }), 'wrong_way');
    const tooLong = { date: '2026-10-05', durationMinutes: 9000, format: 'individual', modality: 'video' };
    const badSession = { startTime: null, groupSize: null, observation: 'none', attendance: 'held', hours: [] };
    await refusedUnchanged(
      v.supervisor,
      await packet('hours', { sessions: [{ ...tooLong, ...badSession }], weeks: [] }),
      'bad_records',
    );
  });
});

describe('the packet parser under fuzzing', () => {
  it('refuses every mangled packet with a plain refusal, and writes nothing', async () => {
    const good = readFileSync((await hoursPacket()).file);
    const before = fingerprint(v.supervisor.dir.path);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // A few bytes changed anywhere.
          fc
            .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 })
            .map((flips) => {
              const b = Buffer.from(good);
              for (const [i, x] of flips) b[i]! ^= x;
              return b;
            }),
          // Cut anywhere, or random bytes behind the age header.
          fc.nat(good.length - 1).map((n) => good.subarray(0, n)),
          fc.uint8Array({ maxLength: 400 }).map((r) => Buffer.concat([Buffer.from('age-encryption.org/v1\n'), r])),
        ),
        async (bytes) => {
          const err = await receivePacket(v.supervisor.db(), bytes).then(
            () => null,
            (e: unknown) => e,
          );
          expect(err).toBeInstanceOf(PacketRefused);
        },
      ),
      { numRuns: 150, seed: 2712 },
    );
    // Well-formed encryption around random JSON: opened, then refused as unreadable or unsigned.
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const bytes = await encryptTo(v.supervisor, JSON.stringify(value));
        const err = await receivePacket(v.supervisor.db(), bytes).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(PacketRefused);
      }),
      { numRuns: 60, seed: 2713 },
    );
    expect(fingerprint(v.supervisor.dir.path)).toEqual(before);
  });
});

const has = (tool: string, flag: string) => spawnSync(tool, [flag], { encoding: 'utf8' }).status === 0;
const REFERENCE_TOOLS = has('age', '--version') && has('minisign', '-v');

describe('the reference tools read what Alliance writes', () => {
  // Debian's `age` and `minisign` packages; .ci/run installs them, a developer may not have them.
  it.skipIf(!REFERENCE_TOOLS)(
    'age opens a packet with the recipient’s key; minisign verifies its signature',
    async () => {
      const { file, sealed } = await hoursPacket();
      const dir = v.outbox.path;
      const recipient = requireIdentity(v.supervisor.db());
      const sender = requireIdentity(v.supervisee.db());
      writeFileSync(join(dir, 'key.txt'), `${recipient.ageSecret}\n`, { mode: 0o600 });
      const opened = spawnSync('age', ['--decrypt', '-i', join(dir, 'key.txt'), file], { encoding: 'utf8' });
      expect(opened.status).toBe(0);
      const envelope = JSON.parse(opened.stdout) as { payload: string; minisig: string };
      expect(JSON.parse(envelope.payload)).toMatchObject({ kind: 'hours', seq: 1, id: sealed.payload.id });
      writeFileSync(join(dir, 'payload.json'), envelope.payload);
      writeFileSync(join(dir, 'payload.json.minisig'), envelope.minisig);
      writeFileSync(join(dir, 'sender.pub'), publicKeyFile(sender.signing));
      const verified = spawnSync('minisign', ['-V', '-p', join(dir, 'sender.pub'), '-m', join(dir, 'payload.json')], {
        encoding: 'utf8',
      });
      expect(verified.stdout).toContain('Signature and comment signature verified');
      writeFileSync(join(dir, 'payload.json'), envelope.payload.replace('"seq":1', '"seq":2'));
      const altered = spawnSync('minisign', ['-V', '-p', join(dir, 'sender.pub'), '-m', join(dir, 'payload.json')], {
        encoding: 'utf8',
      });
      expect(altered.status).not.toBe(0);
    },
  );
});
