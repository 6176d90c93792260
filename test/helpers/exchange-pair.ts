// Two real vaults side by side, a supervisor's and a supervisee's, each with an exchange identity and
// paired with the other's card (fingerprints typed back as the people would): the start of the
// exchange suites.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardText, createIdentity, parseCard, requireIdentity } from '../../src-main/core/exchange/identity';
import { pair } from '../../src-main/core/exchange/peers';
import { sendPacket, type SealedPacket } from '../../src-main/core/exchange/packets';
import type { PacketKind } from '../../src-main/contract/exchange';
import type { Db } from '../../src-main/db/vault';
import { coreWithSupervisee, type CoreWithSupervisee } from './core-with-supervisee';
import { tempDir, unwrap } from './temp-vault';

export interface Side extends CoreWithSupervisee {
  db: () => Db;
  call: <T>(ch: string, p: unknown) => Promise<T>;
}

export async function side(role: 'supervisor' | 'supervisee', name: string): Promise<Side> {
  const c = await coreWithSupervisee({
    fullName: 'Juniper Saltmarsh',
    discipline: 'counseling_associate',
    supervisionStart: '2025-09-01',
  });
  const db = () => c.core.vault.db();
  await createIdentity(db(), name, role);
  const call = async <T>(ch: string, p: unknown) => unwrap(await c.core.registry.invoke(ch, p, { trusted: true })) as T;
  return { ...c, db, call };
}

export const cardOf = (s: Side) => parseCard(Buffer.from(cardText(requireIdentity(s.db()))));

export function pairWith(me: Side, them: Side): void {
  const card = cardOf(them);
  pair(me.db(), { card, superviseeId: me.sup.id, typedFingerprint: card.fingerprint });
}

export async function pairedVaults() {
  const supervisor = await side('supervisor', 'Sable Rookwood');
  const supervisee = await side('supervisee', 'Juniper Saltmarsh');
  pairWith(supervisor, supervisee);
  pairWith(supervisee, supervisor);
  const outbox = tempDir('alliance-outbox-');
  return { supervisor, supervisee, outbox, close: () => [supervisor.close(), supervisee.close(), outbox.cleanup()] };
}

// Sends a packet into `folder` and returns its path and what was sealed.
export async function send(
  from: Side,
  folder: string,
  kind: PacketKind,
  period: { from: string; to: string } | null,
): Promise<{ file: string; sealed: SealedPacket }> {
  let file = '';
  const sealed = await sendPacket(from.db(), { superviseeId: from.sup.id, kind, period }, (p) => {
    file = join(folder, p.fileName);
    writeFileSync(file, p.bytes);
  });
  return { file, sealed };
}
