// The mailbox folder (docs/exchange.md): a folder the two people share, remembered inside the vault
// once chosen, and looked at while the app runs. Packet names say sender, recipient and number
// (packetFileName), so what waits for this vault is counted from the names alone, without opening
// anything; opening one still runs every check.
import { readdirSync } from 'node:fs';
import type { MailboxWaiting } from '../../contract/exchange';
import type { Db } from '../../db/vault';
import { readSetting, writeSetting } from '../settings/settings';
import { readIdentity } from './identity';
import { exchangePeers } from './tables';

const KEY = 'exchange.mailbox';
const NAME = /^alliance-([A-Z2-7]{8})-to-([A-Z2-7]{8})-(\d{6})\.age$/;

export const mailboxFolder = (db: Db): string | null => {
  const raw = readSetting(db, KEY);
  return raw === null ? null : (JSON.parse(raw) as string);
};

export const rememberMailbox = (db: Db, folder: string): void => writeSetting(db, KEY, JSON.stringify(folder));

// For each person paired with, the packets in the folder addressed to this vault and numbered after
// the last one received from them.
export function waitingInMailbox(db: Db): MailboxWaiting {
  const folder = mailboxFolder(db);
  const own = readIdentity(db);
  if (!folder || !own) return { folder, missing: false, waiting: [] };
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return { folder, missing: true, waiting: [] };
  }
  const peers = db.select().from(exchangePeers).all();
  const counts = new Map<string, number>();
  for (const n of names) {
    const m = NAME.exec(n);
    if (!m || m[2] !== own.fingerprint.slice(0, 8)) continue;
    const peer = peers.find((p) => p.fingerprint.startsWith(m[1]!));
    if (peer && Number(m[3]) > peer.receivedSeq) counts.set(peer.id, (counts.get(peer.id) ?? 0) + 1);
  }
  return {
    folder,
    missing: false,
    waiting: peers
      .filter((p) => counts.has(p.id))
      .map((p) => ({ superviseeId: p.superviseeId, name: p.name, count: counts.get(p.id)! })),
  };
}
