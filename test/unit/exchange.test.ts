// Two-way supervision, walked through with two real vaults: the supervisee logs October with two
// differences from the supervisor's record, sends it; the supervisor sees each line beside their own,
// accepts one, queries the other, which the supervisee corrects and sends again; only then can the
// period be signed, and the receipt the supervisee's vault keeps carries the same SHA-256.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src-main/contract/sessions';
import type { SignedPeriod } from '../../src-main/contract/signing';
import { listAudit } from '../../src-main/core/audit/audit-log';
import {
  cardText,
  createIdentity,
  fingerprintOf,
  parseCard,
  requireIdentity,
} from '../../src-main/core/exchange/identity';
import { receivePacket, sendPacket, writePacketFile } from '../../src-main/core/exchange/packets';
import { pair, peerFor } from '../../src-main/core/exchange/peers';
import { receivedOfKind } from '../../src-main/core/exchange/received';
import { reconcile, resolveLine } from '../../src-main/core/sessions/reconcile';
import { cardOf, pairedVaults, pairWith, send, side, type Side } from '../helpers/exchange-pair';
import { filesContaining, filesUnder } from '../helpers/plaintext-scan';

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
let v: Awaited<ReturnType<typeof pairedVaults>>;

beforeEach(async () => {
  v = await pairedVaults();
});
afterEach(() => v.close());

const session = (s: Side, date: string, durationMinutes = 60) =>
  s.call<Session>('sessions.create', {
    superviseeId: s.sup.id,
    date,
    durationMinutes,
    format: 'individual',
    modality: 'video',
  });
const week = (s: Side, weekStart: string, hours: number) =>
  s.call('hours.logWeek', {
    superviseeId: s.sup.id,
    weekStart,
    entries: [{ kind: 'direct', activity: 'individual', hours }],
  });

async function october(s: Side, oct19Minutes: number, oct12Hours: number) {
  for (const d of ['2026-10-05', '2026-10-12', '2026-10-26']) await session(s, d);
  await session(s, '2026-10-19', oct19Minutes);
  await week(s, '2026-10-05', 10);
  await week(s, '2026-10-12', oct12Hours);
}

describe('identity and pairing', () => {
  it('makes one identity per vault, and a card whose fingerprint is worked out from its keys', async () => {
    const own = requireIdentity(v.supervisor.db());
    expect((await createIdentity(v.supervisor.db(), 'Someone else', 'supervisee')).fingerprint).toBe(own.fingerprint);
    expect(own.fingerprint).toMatch(/^[A-Z2-7]{32}$/);
    expect(fingerprintOf(own.ageRecipient, own.signingKey)).toBe(own.fingerprint);
    const card = JSON.parse(cardText(own)) as Record<string, string>;
    expect(card.ageRecipient).toMatch(/^age1/);
    expect(() =>
      parseCard(Buffer.from(JSON.stringify({ ...card, fingerprint: 'AAAA-' + card.fingerprint!.slice(5) }))),
    ).toThrow(/fingerprint does not match/);
    expect(() => parseCard(Buffer.from('not json'))).toThrow(/not an Alliance identity card/);
    expect(() => parseCard(Buffer.alloc(10_000, 32))).toThrow(/far larger/);
  });

  it('pairs only when the fingerprint typed back is the card’s, never with its own card or the same role', async () => {
    const other = await side('supervisee', 'Wren Halloway');
    try {
      const card = cardOf(other);
      const wrong = card.fingerprint.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
      expect(() =>
        pair(v.supervisor.db(), { card, superviseeId: v.supervisor.sup.id, typedFingerprint: wrong }),
      ).toThrow(/not the one on the card/);
      const own = cardOf(v.supervisor);
      expect(() =>
        pair(other.db(), { card: own, superviseeId: other.sup.id, typedFingerprint: own.fingerprint.toLowerCase() }),
      ).not.toThrow();
      const self = cardOf(v.supervisee);
      expect(() =>
        pair(other.db(), { card: self, superviseeId: other.sup.id, typedFingerprint: self.fingerprint }),
      ).toThrow(/Both vaults are a supervisee/);
    } finally {
      other.close();
    }
  });

  it('refuses loudly a new card for someone already paired until its fingerprint is confirmed', async () => {
    const replacement = await side('supervisee', 'Juniper Saltmarsh');
    try {
      await session(v.supervisee, '2026-10-05');
      await receivePacket(
        v.supervisor.db(),
        readFileSync((await send(v.supervisee, v.outbox.path, 'hours', OCTOBER)).file),
      );
      const before = peerFor(v.supervisor.db(), v.supervisor.sup.id)!;
      const card = cardOf(replacement);
      const req = { card, superviseeId: v.supervisor.sup.id, typedFingerprint: card.fingerprint };
      expect(() => pair(v.supervisor.db(), req)).toThrow(/fingerprint has changed/);
      expect(peerFor(v.supervisor.db(), v.supervisor.sup.id)!.fingerprint).toBe(before.fingerprint);
      pair(v.supervisor.db(), { ...req, confirmChange: true });
      const after = peerFor(v.supervisor.db(), v.supervisor.sup.id)!;
      expect(after.fingerprint).toBe(card.fingerprintValue);
      expect(after.changedCard).toBeNull();
      // The new vault's packets start again at 1, beside the old vault's kept packet 1.
      pairWith(replacement, v.supervisor);
      await session(replacement, '2026-10-06', 45);
      const fresh = await send(replacement, v.outbox.path, 'hours', OCTOBER);
      expect(fresh.sealed.payload.seq).toBe(1);
      await receivePacket(v.supervisor.db(), readFileSync(fresh.file));
      const r = reconcile(v.supervisor.db(), v.supervisor.sup.id, OCTOBER);
      expect(r.received!.hash).toBe(fresh.sealed.hash);
      expect(r.lines.map((l) => l.theirs)).toEqual([{ durationMinutes: 45, modality: 'video', attendance: 'held' }]);
    } finally {
      replacement.close();
    }
  });
});

describe('a month reconciled and co-signed', () => {
  it('walks October from the supervisee’s log to the receipt in their vault', async () => {
    const { supervisor, supervisee, outbox } = v;
    await october(supervisor, 60, 6);
    await october(supervisee, 90, 8);

    const hours = await send(supervisee, outbox.path, 'hours', OCTOBER);
    const dry = await receivePacket(supervisor.db(), readFileSync(hours.file), { dryRun: true });
    expect(dry.preview[0]).toBe(
      'Their log for 2026-10-01 to 2026-10-31: 4 sessions and 2 weeks of hours, 18 client hours in all.',
    );
    expect(reconcile(supervisor.db(), supervisor.sup.id, OCTOBER).received).toBeNull();
    await receivePacket(supervisor.db(), readFileSync(hours.file));

    let r = reconcile(supervisor.db(), supervisor.sup.id, OCTOBER);
    // 4 sessions and 2 weeks of direct individual hours: 6 lines, two of them different.
    expect(r.lines).toHaveLength(6);
    expect(r.lines.filter((l) => l.state === 'matched')).toHaveLength(4);
    const differ = r.lines.filter((l) => l.state !== 'matched');
    expect(differ.map((l) => [l.label, l.state, l.mine, l.theirs])).toEqual([
      ['Week of 2026-10-12: direct hours, individual therapy', 'conflicting', { hours: 6 }, { hours: 8 }],
      [
        'Session on 2026-10-19, individual',
        'conflicting',
        { durationMinutes: 60, modality: 'video', attendance: 'held' },
        { durationMinutes: 90, modality: 'video', attendance: 'held' },
      ],
    ]);
    expect(r.open).toBe(2);

    const sign = () =>
      supervisor.core.registry.invoke(
        'periods.sign',
        {
          superviseeId: supervisor.sup.id,
          ...OCTOBER,
          supervisorName: 'Sable Rookwood',
          supervisorLicence: 'LMFT 54321',
          signedOn: '2026-11-02',
        },
        { trusted: true },
      );
    const refused = await sign();
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/^2 lines differ from the supervisee's own log/);

    // The session: theirs is right, and accepting writes it into the supervisor's log.
    const accepted = resolveLine(supervisor.db(), supervisor.sup.id, OCTOBER, differ[1]!.key, 'accepted');
    expect(accepted.state).toBe('matched');
    const oct19 = (await supervisor.call<Session[]>('sessions.list', { superviseeId: supervisor.sup.id })).find(
      (s) => s.date === '2026-10-19',
    )!;
    expect(oct19.durationMinutes).toBe(90);

    // The week: queried, with a note that travels back.
    expect(() => resolveLine(supervisor.db(), supervisor.sup.id, OCTOBER, differ[0]!.key, 'queried', ' ')).toThrow(
      /Write the question/,
    );
    resolveLine(supervisor.db(), supervisor.sup.id, OCTOBER, differ[0]!.key, 'queried', 'Your weekly form said 6.');
    expect(reconcile(supervisor.db(), supervisor.sup.id, OCTOBER).open).toBe(1);
    const queries = await send(supervisor, outbox.path, 'hours_queries', OCTOBER);
    const q = await receivePacket(supervisee.db(), readFileSync(queries.file));
    expect(q.preview).toEqual([
      '1 question from your supervisor about your hours:',
      'Week of 2026-10-12: direct hours, individual therapy: Your weekly form said 6.',
    ]);

    // The supervisee corrects their week and sends October again.
    await supervisee.call('hours.setWeek', {
      superviseeId: supervisee.sup.id,
      weekStart: '2026-10-12',
      entries: [{ kind: 'direct', activity: 'individual', hours: 6 }],
    });
    const again = await send(supervisee, outbox.path, 'hours', OCTOBER);
    expect(again.sealed.payload.seq).toBe(2);
    expect(again.sealed.payload.prev).toBe(hours.sealed.hash);
    await receivePacket(supervisor.db(), readFileSync(again.file));
    r = reconcile(supervisor.db(), supervisor.sup.id, OCTOBER);
    expect(r.open).toBe(0);
    expect(r.lines.every((l) => l.state === 'matched')).toBe(true);

    const signed = await sign();
    expect(signed.ok).toBe(true);
    const period = (signed as { ok: true; value: SignedPeriod }).value;
    const receipt = await send(supervisor, outbox.path, 'receipt', OCTOBER);
    await receivePacket(supervisee.db(), readFileSync(receipt.file));
    const kept = receivedOfKind(supervisee.db(), supervisee.sup.id, 'receipt');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.records).toMatchObject({
      contentSha256: period.contentSha256,
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      reconciledWith: again.sealed.hash,
    });
    // Each keeps the other's signed payload, and the security log names kinds and numbers only.
    expect(kept[0]!.minisig).toMatch(/^untrusted comment: /);
    const events = listAudit(supervisee.db(), { limit: 50 }).events.map((e) => e.kind);
    expect(events).toEqual(expect.arrayContaining(['packet_sent', 'packet_received', 'peer_paired']));
  });

  it('leaves no plaintext in any packet, mailbox folder or temp file', async () => {
    // A made-up word in the one free text that travels: a question's note.
    const CANARY = 'Thistlebrook';
    const since = Date.now() - 1000;
    const { supervisor, supervisee, outbox } = v;
    await october(supervisor, 60, 6);
    await october(supervisee, 60, 7);
    await receivePacket(supervisor.db(), readFileSync((await send(supervisee, outbox.path, 'hours', OCTOBER)).file));
    const line = reconcile(supervisor.db(), supervisor.sup.id, OCTOBER).lines.find((l) => l.state !== 'matched')!;
    resolveLine(supervisor.db(), supervisor.sup.id, OCTOBER, line.key, 'queried', `Ask ${CANARY} about the week.`);
    const q = await send(supervisor, outbox.path, 'hours_queries', OCTOBER);
    expect((await receivePacket(supervisee.db(), readFileSync(q.file))).preview.join(' ')).toContain(CANARY);
    const folders = [outbox.path, tmpdir(), supervisor.dir.path, supervisee.dir.path];
    const files = folders.flatMap((f) => filesUnder(f, since));
    expect(files.length).toBeGreaterThan(2);
    expect(filesContaining(files, [CANARY])).toEqual([]);
  });

  it('says plainly when there is nothing to send, or too long a stretch, and sends nothing', async () => {
    const { supervisee, outbox } = v;
    await expect(send(supervisee, outbox.path, 'hours', OCTOBER)).rejects.toThrow(
      'Nothing is logged in those days: there is nothing to send.',
    );
    await expect(send(supervisee, outbox.path, 'hours', { from: '2024-10-01', to: '2026-10-31' })).rejects.toThrow(
      'A packet covers at most a year',
    );
    await expect(send(supervisee, outbox.path, 'receipt', OCTOBER)).rejects.toThrow(
      'is sent by the supervisor, not the supervisee',
    );
    expect(peerFor(supervisee.db(), supervisee.sup.id)!.sentSeq).toBe(0);
  });

  it('leaves no partial file and keeps the chain where it was when a packet cannot be written', async () => {
    const { supervisee, outbox } = v;
    await session(supervisee, '2026-10-05');
    // The target is a folder: the final rename fails.
    const target = join(outbox.path, 'taken');
    mkdirSync(target);
    await expect(
      sendPacket(supervisee.db(), { superviseeId: supervisee.sup.id, kind: 'hours', period: OCTOBER }, (p) =>
        writePacketFile(target, p.bytes),
      ),
    ).rejects.toThrow();
    expect(readdirSync(outbox.path)).toEqual(['taken']);
    expect(peerFor(supervisee.db(), supervisee.sup.id)!.sentSeq).toBe(0);
    // Refused onto the vault's own files too.
    await expect(
      sendPacket(supervisee.db(), { superviseeId: supervisee.sup.id, kind: 'hours', period: OCTOBER }, (p) =>
        writePacketFile(join(supervisee.dir.path, 'alliance.db'), p.bytes),
      ),
    ).rejects.toThrow();
    expect(peerFor(supervisee.db(), supervisee.sup.id)!.sentSeq).toBe(0);
  });

  it('keeps a line the supervisor stands by closed only while neither side changes it', async () => {
    const { supervisor, supervisee, outbox } = v;
    await october(supervisor, 60, 6);
    await october(supervisee, 60, 7);
    await receivePacket(supervisor.db(), readFileSync((await send(supervisee, outbox.path, 'hours', OCTOBER)).file));
    const line = reconcile(supervisor.db(), supervisor.sup.id, OCTOBER).lines.find((l) => l.state !== 'matched')!;
    resolveLine(supervisor.db(), supervisor.sup.id, OCTOBER, line.key, 'kept');
    expect(reconcile(supervisor.db(), supervisor.sup.id, OCTOBER).open).toBe(0);
    await supervisor.call('hours.setWeek', {
      superviseeId: supervisor.sup.id,
      weekStart: '2026-10-12',
      entries: [{ kind: 'direct', activity: 'individual', hours: 5 }],
    });
    expect(reconcile(supervisor.db(), supervisor.sup.id, OCTOBER).open).toBe(1);
  });
});
