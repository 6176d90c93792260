// The exchange's channels. Cards and packets are chosen with the native dialogs here in main, read,
// checked, and held under a token until the person confirms (pairing after typing the fingerprint,
// receiving after reading the preview). Tokens live in memory only and go with the window.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../contract/errors';
import type { exchangeChannels, PeerView, ReceivedItem } from '../../contract/exchange';
import { KINDS, MAILBOX_REFUSED_LISTED, MAX_CARD_BYTES, MAX_PACKET_BYTES } from '../../contract/exchange';
import type { HandlersFor } from '../../contract/channel-table';
import type { Db } from '../../db/vault';
import { refuseVaultTarget } from '../../db/vault-guard';
import { reconcile, resolveLine } from '../sessions/reconcile';
import type { FilePort } from '../shared/file-port';
import { cardText, createIdentity, groupedFingerprint, parseCard, readIdentity, requireIdentity } from './identity';
import {
  buildRecords,
  exchangeKind,
  packetFileName,
  PacketRefused,
  receivePacket,
  sendPacket,
  writePacketFile,
  type OpenedPacket,
} from './packets';
import { mailboxFolder, rememberMailbox, waitingInMailbox } from './mailbox';
import { pair, peerFor, requirePeer, type Peer } from './peers';
import { receivedPackets } from './received';

const peerView = (p: Peer): PeerView => ({
  name: p.name,
  role: p.role,
  fingerprint: groupedFingerprint(p.fingerprint),
  confirmedAt: p.confirmedAt,
  changed: p.changedCard !== null,
  sent: p.sentSeq,
  received: p.receivedSeq,
});

// A regular file of at most `max` bytes, or a plain refusal.
function readChosen(path: string, max: number, what: string): Buffer {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st?.isFile()) throw new AppError('validation', `That is not a file. Choose the ${what} itself.`);
  if (st.size > max) throw new AppError('validation', `That file is far larger than any ${what}.`);
  return readFileSync(path);
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    throw new AppError(
      'not_found',
      `The mailbox folder ${folder} cannot be read now. Is the drive plugged in, or was the folder moved?`,
    );
  }
}

export function exchangeHandlers(db: () => Db, files: FilePort): HandlersFor<typeof exchangeChannels> {
  // One card and one packet waiting at a time: choosing another forgets the last.
  const cards = new Map<string, ReturnType<typeof parseCard>>();
  const packets = new Map<string, Buffer>();
  // Keeps an opened packet's bytes under a token until "Receive", and says what it would add.
  const hold = (bytes: Buffer, opened: OpenedPacket) => {
    const token = randomUUID();
    packets.clear();
    packets.set(token, bytes);
    return {
      token,
      kind: opened.payload.kind,
      seq: opened.payload.seq,
      from: opened.peer.name,
      period: opened.payload.period,
      lines: opened.preview,
    };
  };
  return {
    'exchange.status': (i) => {
      const own = readIdentity(db());
      const peer = i.superviseeId ? peerFor(db(), i.superviseeId) : null;
      return {
        identity: own ? { name: own.name, role: own.role, fingerprint: groupedFingerprint(own.fingerprint) } : null,
        peer: peer ? peerView(peer) : null,
      };
    },
    'exchange.createIdentity': async (i) => {
      const own = await createIdentity(db(), i.name, i.role);
      return { name: own.name, role: own.role, fingerprint: groupedFingerprint(own.fingerprint) };
    },
    'exchange.saveCard': async () => {
      const own = requireIdentity(db());
      const path = await files.chooseSavePath('alliance-identity-card.json');
      if (!path) return { path: null };
      refuseVaultTarget(path, 'file');
      writeFileSync(path, cardText(own));
      return { path };
    },
    'exchange.chooseCard': async () => {
      const path = await files.chooseFile('Their identity card', ['json']);
      if (!path) return null;
      const card = parseCard(readChosen(path, MAX_CARD_BYTES, 'identity card'));
      const token = randomUUID();
      cards.clear();
      cards.set(token, card);
      return { token, name: card.name, role: card.role };
    },
    'exchange.pair': (i) => {
      const card = cards.get(i.token);
      if (!card) throw new AppError('not_found', 'Choose their identity card again.');
      const { peer } = pair(db(), {
        card,
        superviseeId: i.superviseeId,
        typedFingerprint: i.fingerprint,
        confirmChange: i.confirmChange,
      });
      cards.delete(i.token);
      return peerView(peer);
    },
    'exchange.send': async (i) => {
      const own = requireIdentity(db());
      const peer = requirePeer(db(), i.superviseeId);
      const req = {
        superviseeId: i.superviseeId,
        kind: i.kind,
        period: KINDS[i.kind].period ? { from: i.from!, to: i.to! } : null,
      };
      buildRecords(db(), req);
      const path = await files.chooseSavePath(packetFileName(own.fingerprint, peer.fingerprint, peer.sentSeq + 1));
      if (!path) return { path: null };
      await sendPacket(db(), req, (p) => writePacketFile(path, p.bytes));
      return { path };
    },
    'exchange.open': async () => {
      const path = await files.chooseFile('A packet from them', ['age']);
      if (!path) return null;
      const bytes = readChosen(path, MAX_PACKET_BYTES * 2, 'exchange packet');
      return hold(bytes, await receivePacket(db(), bytes, { dryRun: true }));
    },
    'exchange.openFolder': async (i) => {
      const remembered = mailboxFolder(db());
      const folder = i.again && remembered ? remembered : await files.chooseFolder('The mailbox folder');
      if (!folder) return { folder: null, preview: null, passedOver: 0, refused: [] };
      if (folder !== remembered) rememberMailbox(db(), folder);
      let passedOver = 0;
      // A file that cannot be opened is named and left; it does not hide the packets after it.
      const refused: { name: string; reason: string }[] = [];
      // In name order, which is each sender's order (packetFileName); the first new one is shown.
      for (const name of listFolder(folder)
        .filter((n) => n.endsWith('.age'))
        .sort()) {
        const refuse = (reason: string) => {
          if (refused.length < MAILBOX_REFUSED_LISTED) refused.push({ name, reason });
        };
        let bytes: Buffer;
        try {
          bytes = readChosen(join(folder, name), MAX_PACKET_BYTES * 2, 'exchange packet');
        } catch (e) {
          refuse(e instanceof AppError ? e.message : 'It could not be read.');
          continue;
        }
        try {
          return {
            folder,
            preview: hold(bytes, await receivePacket(db(), bytes, { dryRun: true })),
            passedOver,
            refused,
          };
        } catch (e) {
          if (e instanceof PacketRefused && (e.reason === 'not_for_you' || e.reason === 'replayed')) passedOver += 1;
          else if (e instanceof PacketRefused || (e instanceof AppError && e.code === 'validation')) refuse(e.message);
          else throw e;
        }
      }
      return { folder, preview: null, passedOver, refused };
    },
    'exchange.waiting': () => waitingInMailbox(db()),
    'exchange.receive': async (i) => {
      const bytes = packets.get(i.token);
      if (!bytes) throw new AppError('not_found', 'Open the packet again.');
      const opened: OpenedPacket = await receivePacket(db(), bytes);
      packets.delete(i.token);
      return { kind: opened.payload.kind, seq: opened.payload.seq };
    },
    'exchange.reconcile': (i) => reconcile(db(), i.superviseeId, { from: i.from, to: i.to }),
    'exchange.resolve': (i) => resolveLine(db(), i.superviseeId, { from: i.from, to: i.to }, i.key, i.action, i.note),
    'exchange.received': (i): ReceivedItem[] =>
      receivedPackets(db(), i.superviseeId).map((p) => {
        const kind = exchangeKind(p.kind);
        const period = p.periodFrom && p.periodTo ? { from: p.periodFrom, to: p.periodTo } : null;
        const records = kind.records.parse(p.records);
        return {
          kind: kind.kind,
          seq: p.seq,
          at: p.at,
          periodFrom: p.periodFrom,
          periodTo: p.periodTo,
          lines: kind.preview(records, period),
          sha256: p.kind === 'receipt' ? (records as { contentSha256: string }).contentSha256 : null,
        };
      }),
  };
}
