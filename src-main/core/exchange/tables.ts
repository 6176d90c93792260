// The exchange engine's tables: this vault's own identity, the people it is paired with, and every
// packet sent or received (docs/exchange.md). They live inside the encrypted vault like every record;
// none of them is in the JSON export, since an identity belongs to one vault only.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { VAULT_ROLES } from '../../contract/exchange';
import { supervisees } from '../supervisees/tables';

// One row: the X25519 key packets are encrypted to (age) and the Ed25519 key that signs (minisign).
export const exchangeIdentity = sqliteTable('exchange_identity', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: VAULT_ROLES }).notNull(),
  ageSecret: text('age_secret').notNull(),
  ageRecipient: text('age_recipient').notNull(),
  signKeyId: text('sign_key_id').notNull(),
  signSecret: text('sign_secret').notNull(),
  signPublic: text('sign_public').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: text('created_at').notNull(),
});

// The other person of one supervision: on a supervisor's vault, a supervisee; on a supervisee's
// vault, their supervisor (their own record stands for the supervision). The sequence numbers and
// hashes chain the packets each way, so a replayed, reordered or dropped packet is seen.
export const exchangePeers = sqliteTable(
  'exchange_peers',
  {
    id: text('id').primaryKey(),
    superviseeId: text('supervisee_id')
      .notNull()
      .references(() => supervisees.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: VAULT_ROLES }).notNull(),
    ageRecipient: text('age_recipient').notNull(),
    signPublic: text('sign_public').notNull(),
    fingerprint: text('fingerprint').notNull(),
    confirmedAt: text('confirmed_at').notNull(),
    // A card with other keys for the same person, refused until its fingerprint is confirmed.
    changedCard: text('changed_card'),
    sentSeq: integer('sent_seq').notNull().default(0),
    sentHash: text('sent_hash'),
    receivedSeq: integer('received_seq').notNull().default(0),
    receivedHash: text('received_hash'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('exchange_peers_supervisee_idx').on(t.superviseeId)],
);

// Every packet either way, with the records it carried as sent: the other side's version is kept
// beside this vault's own records, never merged into them unless the supervisor accepts a line.
export const exchangePackets = sqliteTable(
  'exchange_packets',
  {
    id: text('id').primaryKey(),
    peerId: text('peer_id')
      .notNull()
      .references(() => exchangePeers.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    // The other person's fingerprint when it travelled: after they are paired again with new keys,
    // the numbers start again under the new fingerprint.
    peerFingerprint: text('peer_fingerprint').notNull().default(''),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
    kind: text('kind').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    records: text('records').notNull(),
    // The signed payload and its .minisig as they travelled: either person can show the other's signature.
    payload: text('payload').notNull(),
    minisig: text('minisig').notNull(),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('exchange_packets_chain_idx').on(t.peerId, t.direction, t.peerFingerprint, t.seq)],
);
