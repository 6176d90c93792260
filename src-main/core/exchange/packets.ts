// Packets (docs/exchange.md): the records of one kind for one period, signed by the sender in
// minisign's format, the signed payload and its signature encrypted to the recipient in age's format.
// Opening checks everything before anything is written; receiving writes the whole packet in one
// transaction or nothing.
import { createHash, randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { Decrypter, Encrypter } from 'age-encryption';
import { eq } from 'drizzle-orm';
import { AppError, toIssues, formatPath } from '../../contract/errors';
import {
  MAX_PACKET_BYTES,
  PACKET_FORMAT,
  PACKET_VERSION,
  packetEnvelope,
  packetPayload,
  type PacketKind,
  type PacketPayload,
} from '../../contract/exchange';
import type { Db } from '../../db/vault';
import { refuseVaultTarget } from '../../db/vault-guard';
import { appendAudit } from '../audit/audit-log';
import { FEATURES } from '../features';
import type { ExchangeKind, Period } from './exchange-part';
import { fingerprintOf, requireIdentity, type OwnIdentity } from './identity';
import { parsePublicKeyLine, signMessage, verifyMessage } from './minisign';
import { peerByFingerprint, requirePeer, type Peer } from './peers';
import { exchangePackets, exchangePeers } from './tables';

// Read when used, not at load: the features lending kinds import this engine's helpers.
export const exchangeKinds = (): readonly ExchangeKind[] =>
  FEATURES.flatMap((f): readonly ExchangeKind[] => f.exchange ?? []);

export function exchangeKind(kind: string): ExchangeKind {
  const k = exchangeKinds().find((x) => x.kind === kind);
  if (!k) throw new AppError('validation', `There is no kind of packet called "${kind}".`);
  return k;
}

export const REFUSALS = {
  too_large: 'This file is far larger than any exchange packet, so it was not opened.',
  not_a_packet: 'This is not an Alliance exchange packet.',
  not_for_you: 'This packet was not made for this vault: it is encrypted to someone else.',
  damaged: 'This packet is damaged or incomplete (cut short or altered on the way). Ask them to send it again.',
  unreadable: 'This packet opened, but what is inside is not in a form this version of Alliance reads.',
  unknown_sender: 'This packet comes from a vault you have not paired with. Nothing was added.',
  unconfirmed:
    'This packet comes from new keys for someone you are paired with, and you have not confirmed their new ' +
    'fingerprint. Confirm it with them first.',
  bad_signature: 'The signature does not match the sender: the packet was altered, or it is not from them.',
  forwarded: 'This packet was made for someone else and passed on to you. It is refused.',
  replayed: 'This packet was already received.',
  gap: 'An earlier packet from them has not been received yet. Receive the earlier ones first, in order.',
  broken_chain: 'This packet does not follow the last one received from them. Ask them to send it again.',
  wrong_way: 'This kind of packet does not travel in this direction.',
  bad_records: 'The records in this packet do not pass the app’s rules, so none of them was added.',
} as const;
export type RefusalReason = keyof typeof REFUSALS;

export class PacketRefused extends AppError {
  constructor(
    readonly reason: RefusalReason,
    detail?: string,
  ) {
    super('validation', detail ? `${REFUSALS[reason]} ${detail}` : REFUSALS[reason]);
  }
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');
const ownRoleWith = (peer: Peer) => (peer.role === 'supervisor' ? 'supervisee' : 'supervisor');

// Sender, recipient and number in the name: a shared mailbox folder sorts each direction in order.
export const packetFileName = (from: string, to: string, seq: number) =>
  `alliance-${from.slice(0, 8)}-to-${to.slice(0, 8)}-${String(seq).padStart(6, '0')}.age`;

// Writes a packet where it goes: beside, then renamed, so a synced folder never carries half a packet;
// on any failure the partial file is removed (it is ciphertext, but nothing is left behind) and the
// error goes on, so the chain does not move. Never onto the vault's own files.
export function writePacketFile(path: string, bytes: Uint8Array): void {
  refuseVaultTarget(path, 'file');
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

// The records of the next packet to send, with every check on them, and nothing written: the app
// runs it before asking where to save, so a packet that cannot be made is refused first.
export function buildRecords(
  db: Db,
  req: { superviseeId: string; kind: PacketKind; period: Period | null },
): { peer: Peer; records: unknown } {
  const peer = requirePeer(db, req.superviseeId);
  const kind = exchangeKind(req.kind);
  if (kind.sentBy !== ownRoleWith(peer))
    throw new AppError(
      'validation',
      `A ${kind.label} packet is sent by the ${kind.sentBy}, not the ${ownRoleWith(peer)}.`,
    );
  if (kind.needsPeriod !== (req.period !== null))
    throw new AppError('validation', kind.needsPeriod ? 'Say which period it covers.' : 'This kind covers no period.');
  if (req.period && req.period.to < req.period.from)
    throw new AppError('validation', 'The period ends before it starts.');
  const built = kind.records.safeParse(kind.build(db, req.superviseeId, req.period));
  if (!built.success) throw new AppError('validation', built.error.issues[0]!.message);
  return { peer, records: built.data };
}

export interface SealedPacket {
  bytes: Uint8Array;
  fileName: string;
  payload: PacketPayload;
  hash: string;
}

// Builds, signs and encrypts the next packet to the person `superviseeId` stands for, and records it
// as sent (the chain moves on) only once `deliver` has put the bytes where they go.
export async function sendPacket(
  db: Db,
  req: { superviseeId: string; kind: PacketKind; period: Period | null },
  deliver: (packet: SealedPacket) => void,
  now = new Date(),
): Promise<SealedPacket> {
  const own = requireIdentity(db);
  const { peer, records } = buildRecords(db, req);
  const payload: PacketPayload = {
    format: PACKET_FORMAT,
    version: PACKET_VERSION,
    id: randomUUID(),
    from: own.fingerprint,
    to: peer.fingerprint,
    seq: peer.sentSeq + 1,
    prev: peer.sentHash,
    kind: req.kind,
    period: req.period,
    sentAt: now.toISOString(),
    records,
  };
  const payloadText = JSON.stringify(payload);
  const hash = sha256(payloadText);
  const minisig = signMessage(
    own.signing,
    Buffer.from(payloadText, 'utf8'),
    `timestamp:${Math.floor(now.getTime() / 1000)}\tfile:${payload.id}.json\thashed`,
  );
  const envelope = JSON.stringify({ format: PACKET_FORMAT, version: PACKET_VERSION, payload: payloadText, minisig });
  const enc = new Encrypter();
  enc.addRecipient(peer.ageRecipient);
  const bytes = await enc.encrypt(envelope);
  const sealed: SealedPacket = {
    bytes,
    fileName: packetFileName(own.fingerprint, peer.fingerprint, payload.seq),
    payload,
    hash,
  };
  db.transaction((tx) => {
    const current = tx.select().from(exchangePeers).where(eq(exchangePeers.id, peer.id)).get();
    if (!current || current.sentSeq !== peer.sentSeq)
      throw new AppError('conflict', 'Another packet was sent to them at the same moment. Send this one again.');
    tx.update(exchangePeers)
      .set({ sentSeq: payload.seq, sentHash: hash, updatedAt: now.toISOString() })
      .where(eq(exchangePeers.id, peer.id))
      .run();
    keepPacket(tx, peer, 'out', payload, hash, { payload: payloadText, minisig }, payload.sentAt);
    appendAudit(tx, 'packet_sent', { superviseeId: req.superviseeId, kind: payload.kind, seq: payload.seq });
    // Inside the transaction: if the file cannot be written, the chain does not move on.
    deliver(sealed);
  });
  return sealed;
}

// A packet either way, kept as it travelled.
function keepPacket(
  db: Db,
  peer: Peer,
  direction: 'in' | 'out',
  payload: PacketPayload,
  hash: string,
  signed: { payload: string; minisig: string },
  at: string,
): void {
  db.insert(exchangePackets)
    .values({
      id: payload.id,
      peerId: peer.id,
      peerFingerprint: peer.fingerprint,
      direction,
      seq: payload.seq,
      hash,
      kind: payload.kind,
      periodFrom: payload.period?.from ?? null,
      periodTo: payload.period?.to ?? null,
      records: JSON.stringify(payload.records),
      ...signed,
      at,
    })
    .run();
}

export interface OpenedPacket {
  payload: PacketPayload;
  hash: string;
  peer: Peer;
  kind: ExchangeKind;
  records: unknown;
  preview: string[];
  signed: { payload: string; minisig: string };
}

async function decrypt(own: OwnIdentity, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_PACKET_BYTES * 2) throw new PacketRefused('too_large');
  if (!Buffer.from(bytes.subarray(0, AGE_MAGIC.length)).equals(AGE_MAGIC)) throw new PacketRefused('not_a_packet');
  const dec = new Decrypter();
  dec.addIdentity(own.ageSecret);
  try {
    return await dec.decrypt(bytes, 'text');
  } catch (e) {
    if (e instanceof Error && /no identity matched/.test(e.message)) throw new PacketRefused('not_for_you');
    throw new PacketRefused('damaged');
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new PacketRefused('unreadable');
  }
}

// Every check a packet must pass, in order, with no write: who can open it, whether it parses, who
// signed it, whom it was for, where it sits in the chain, and whether its records pass the app's rules.
export async function openPacket(db: Db, bytes: Uint8Array): Promise<OpenedPacket> {
  const own = requireIdentity(db);
  const envelope = packetEnvelope.safeParse(parseJson(await decrypt(own, bytes)));
  if (!envelope.success) throw new PacketRefused('unreadable');
  const claimed = packetPayload.safeParse(parseJson(envelope.data.payload));
  if (!claimed.success) throw new PacketRefused('unreadable');
  const payload = claimed.data;
  const peer = signerOf(db, payload.from);
  const key = parsePublicKeyLine(peer.signPublic)!;
  if (!verifyMessage(key, Buffer.from(envelope.data.payload, 'utf8'), envelope.data.minisig).ok)
    throw new PacketRefused('bad_signature');
  if (payload.to !== own.fingerprint) throw new PacketRefused('forwarded');
  const hash = sha256(envelope.data.payload);
  checkChain(peer, payload, hash);
  const kind = exchangeKind(payload.kind);
  if (kind.sentBy !== peer.role) throw new PacketRefused('wrong_way');
  if (kind.needsPeriod !== (payload.period !== null) || (payload.period && payload.period.to < payload.period.from))
    throw new PacketRefused('unreadable');
  const parsed = kind.records.safeParse(payload.records);
  if (!parsed.success) {
    const first = toIssues(parsed.error.issues)[0];
    throw new PacketRefused('bad_records', first ? `(${formatPath(first.path)}: ${first.message})` : undefined);
  }
  kind.check?.(db, peer.superviseeId, parsed.data, payload.period);
  return {
    payload,
    hash,
    peer,
    kind,
    records: parsed.data,
    preview: [
      ...kind.preview(parsed.data, payload.period),
      ...(kind.onOpening?.(db, peer.superviseeId, parsed.data) ?? []),
    ],
    signed: { payload: envelope.data.payload, minisig: envelope.data.minisig },
  };
}

function signerOf(db: Db, fp: string): Peer {
  const peer = peerByFingerprint(db, fp);
  if (peer) return peer;
  // New keys someone already paired sent their card for, not yet confirmed.
  const pending = db
    .select()
    .from(exchangePeers)
    .all()
    .some((p) => {
      if (!p.changedCard) return false;
      const card = JSON.parse(p.changedCard) as { ageRecipient: string; signingKey: string };
      return fingerprintOf(card.ageRecipient, card.signingKey) === fp;
    });
  throw new PacketRefused(pending ? 'unconfirmed' : 'unknown_sender');
}

function checkChain(peer: Peer, payload: PacketPayload, hash: string): void {
  if (peer.changedCard) throw new PacketRefused('unconfirmed');
  if (payload.seq <= peer.receivedSeq) {
    if (hash === peer.receivedHash || payload.seq < peer.receivedSeq) throw new PacketRefused('replayed');
    throw new PacketRefused('broken_chain');
  }
  if (payload.seq > peer.receivedSeq + 1) throw new PacketRefused('gap');
  if (payload.prev !== peer.receivedHash) throw new PacketRefused('broken_chain');
}

// Opens and, unless `dryRun`, writes the whole packet at once: the kind's records, the packet kept
// as received, and the chain moved on. A refusal writes nothing at all, not even to the security log.
export async function receivePacket(
  db: Db,
  bytes: Uint8Array,
  opts: { dryRun?: boolean } = {},
  now = new Date(),
): Promise<OpenedPacket> {
  const opened = await openPacket(db, bytes);
  if (opts.dryRun) return opened;
  const { payload, peer, kind, records, hash } = opened;
  db.transaction((tx) => {
    const current = tx.select().from(exchangePeers).where(eq(exchangePeers.id, peer.id)).get();
    if (!current) throw new PacketRefused('unknown_sender');
    checkChain(current, payload, hash);
    kind.check?.(tx, peer.superviseeId, records, payload.period);
    kind.apply?.(tx, peer.superviseeId, records, payload.period);
    keepPacket(tx, current, 'in', { ...payload, records }, hash, opened.signed, now.toISOString());
    tx.update(exchangePeers)
      .set({ receivedSeq: payload.seq, receivedHash: hash, updatedAt: now.toISOString() })
      .where(eq(exchangePeers.id, peer.id))
      .run();
    appendAudit(tx, 'packet_received', { superviseeId: peer.superviseeId, kind: payload.kind, seq: payload.seq });
  });
  return opened;
}
