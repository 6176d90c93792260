// Pairing: this vault learns the other person's keys from their card, and only after the supervisor
// (or supervisee) has typed back the fingerprint the other person read aloud. A card with new keys for
// someone already paired is kept aside and refused until its fingerprint is confirmed the same way.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../contract/errors';
import type { IdentityCard, VaultRole } from '../../contract/exchange';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import { getSupervisee } from '../supervisees/supervisees';
import { groupedFingerprint, requireIdentity } from './identity';
import { exchangePeers } from './tables';

export type Peer = typeof exchangePeers.$inferSelect;

export interface PairRequest {
  card: IdentityCard & { fingerprintValue: string };
  superviseeId: string;
  // What the person pairing typed after hearing the other read theirs aloud.
  typedFingerprint: string;
  // A new card for someone already paired replaces the old keys only when this is set.
  confirmChange?: boolean;
}

const other = (role: VaultRole): VaultRole => (role === 'supervisor' ? 'supervisee' : 'supervisor');
const clean = (fp: string) => fp.toUpperCase().replace(/[\s-]/g, '');

export function peerFor(db: Db, superviseeId: string): Peer | null {
  return db.select().from(exchangePeers).where(eq(exchangePeers.superviseeId, superviseeId)).get() ?? null;
}

export function requirePeer(db: Db, superviseeId: string): Peer {
  const peer = peerFor(db, superviseeId);
  if (!peer) throw new AppError('conflict', 'Not paired yet: pair with their identity card first.');
  if (peer.changedCard)
    throw new AppError(
      'conflict',
      'Their fingerprint has changed since you paired. Confirm the new one with them before exchanging again.',
    );
  return peer;
}

export function peerByFingerprint(db: Db, fp: string): Peer | null {
  return db.select().from(exchangePeers).where(eq(exchangePeers.fingerprint, fp)).get() ?? null;
}

export function listPeers(db: Db): Peer[] {
  return db.select().from(exchangePeers).all();
}

export function pair(db: Db, req: PairRequest, now = new Date()): { peer: Peer; changed: boolean } {
  const own = requireIdentity(db);
  const { card } = req;
  getSupervisee(db, req.superviseeId);
  if (clean(req.typedFingerprint) !== card.fingerprintValue)
    throw new AppError(
      'validation',
      'The fingerprint you typed is not the one on the card. Read it again together; if it still differs, ' +
        'do not pair: the card may not be theirs.',
    );
  if (card.fingerprintValue === own.fingerprint) throw new AppError('validation', "That is this vault's own card.");
  if (card.role !== other(own.role))
    throw new AppError(
      'validation',
      `Both vaults are a ${own.role}'s. A supervisor pairs with a supervisee, and a supervisee with a supervisor.`,
    );
  const elsewhere = peerByFingerprint(db, card.fingerprintValue);
  if (elsewhere && elsewhere.superviseeId !== req.superviseeId)
    throw new AppError('conflict', 'This card is already paired with another person in this vault.');
  const ts = now.toISOString();
  const existing = peerFor(db, req.superviseeId);
  if (existing && existing.fingerprint === card.fingerprintValue) {
    if (existing.changedCard)
      db.update(exchangePeers).set({ changedCard: null, updatedAt: ts }).where(eq(exchangePeers.id, existing.id)).run();
    return { peer: peerFor(db, req.superviseeId)!, changed: false };
  }
  if (existing && !req.confirmChange) {
    db.update(exchangePeers)
      .set({ changedCard: JSON.stringify(card), updatedAt: ts })
      .where(eq(exchangePeers.id, existing.id))
      .run();
    throw new AppError(
      'conflict',
      `Their fingerprint has changed (was ${groupedFingerprint(existing.fingerprint)}). Ask them whether they set ` +
        'up a new vault; only if they did, confirm the new fingerprint to replace the old one.',
    );
  }
  const keys = {
    name: card.name,
    role: card.role,
    ageRecipient: card.ageRecipient,
    signPublic: card.signingKey,
    fingerprint: card.fingerprintValue,
    confirmedAt: ts,
    changedCard: null,
    // A new identity starts a new chain both ways.
    sentSeq: 0,
    sentHash: null,
    receivedSeq: 0,
    receivedHash: null,
    updatedAt: ts,
  };
  db.transaction((tx) => {
    if (existing) tx.update(exchangePeers).set(keys).where(eq(exchangePeers.id, existing.id)).run();
    else
      tx.insert(exchangePeers)
        .values({ id: randomUUID(), superviseeId: req.superviseeId, createdAt: ts, ...keys })
        .run();
    appendAudit(tx, 'peer_paired', { superviseeId: req.superviseeId, fingerprint: card.fingerprintValue });
  });
  return { peer: peerFor(db, req.superviseeId)!, changed: !!existing };
}
