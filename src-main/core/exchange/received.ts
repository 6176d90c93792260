// What a vault keeps of the packets it received, read by the features that lent their kinds:
// reconciliation reads the supervisee's hours, a supervisee's vault lists its receipts.
import { and, eq } from 'drizzle-orm';
import type { PacketKind } from '../../contract/exchange';
import type { Db } from '../../db/vault';
import type { Period } from './exchange-part';
import { exchangePackets, exchangePeers } from './tables';

// By when they arrived: after a pairing with new keys, the numbers start again at 1.
const newestFirst = (a: { at: string; seq: number }, b: { at: string; seq: number }) =>
  b.at.localeCompare(a.at) || b.seq - a.seq;

// The records of the newest packet of a kind received from the person `superviseeId` stands for,
// whose period overlaps [from, to] (or any period when none is given).
export function latestReceived(
  db: Db,
  superviseeId: string,
  kind: PacketKind,
  period?: Period,
): { records: unknown; periodFrom: string | null; periodTo: string | null; hash: string; at: string } | null {
  const peer = db.select().from(exchangePeers).where(eq(exchangePeers.superviseeId, superviseeId)).get();
  if (!peer) return null;
  const rows = db
    .select()
    .from(exchangePackets)
    .where(
      and(eq(exchangePackets.peerId, peer.id), eq(exchangePackets.direction, 'in'), eq(exchangePackets.kind, kind)),
    )
    .all()
    .filter((r) => !period || (r.periodFrom! <= period.to && r.periodTo! >= period.from))
    .sort(newestFirst);
  const row = rows[0];
  return row
    ? {
        records: JSON.parse(row.records),
        periodFrom: row.periodFrom,
        periodTo: row.periodTo,
        hash: row.hash,
        at: row.at,
      }
    : null;
}

// Every packet of a kind received from them, newest first (receipts, queries).
export const receivedOfKind = (db: Db, superviseeId: string, kind: PacketKind) =>
  receivedPackets(db, superviseeId).filter((p) => p.kind === kind);

// Every packet received from them, newest first.
export function receivedPackets(db: Db, superviseeId: string) {
  const peer = db.select().from(exchangePeers).where(eq(exchangePeers.superviseeId, superviseeId)).get();
  if (!peer) return [];
  return db
    .select()
    .from(exchangePackets)
    .where(and(eq(exchangePackets.peerId, peer.id), eq(exchangePackets.direction, 'in')))
    .all()
    .sort(newestFirst)
    .map((r) => ({ ...r, records: JSON.parse(r.records) as unknown }));
}
