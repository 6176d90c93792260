// Two-way supervision (docs/exchange.md): each person keeps a vault; records pass between them as
// packets encrypted to the recipient (age) and signed by the sender (minisign's Ed25519 format).
// What the files hold is declared here; the exchange engine (core/exchange) reads and writes them.
import { z } from 'zod';
import { isoDate, text } from './common';

export const VAULT_ROLES = ['supervisor', 'supervisee'] as const;
export type VaultRole = (typeof VAULT_ROLES)[number];
export const ROLE_LABELS: Record<VaultRole, string> = { supervisor: 'Supervisor', supervisee: 'Supervisee' };

// 32 characters of base32 in eight groups, read aloud by both people when they pair.
export const fingerprint = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-7]{32}$/, 'A fingerprint is 32 letters and digits, in eight groups of four.'));
export const ageRecipient = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'Not an age recipient key.');
export const minisignKey = z.string().regex(/^RW[A-Za-z0-9+/]{54}$/, 'Not a minisign public key.');

export const IDENTITY_CARD_FORMAT = 'alliance-identity-card';
export const identityCard = z.strictObject({
  format: z.literal(IDENTITY_CARD_FORMAT),
  version: z.literal(1),
  name: text(120).min(1),
  role: z.enum(VAULT_ROLES),
  ageRecipient,
  signingKey: minisignKey,
  fingerprint: z.string().max(64),
});
export type IdentityCard = z.infer<typeof identityCard>;
// A card is a few hundred bytes; anything much larger is not one.
export const MAX_CARD_BYTES = 4096;

// The kinds of packet; each is lent by the feature whose records it carries (core/<feature>/exchange.ts).
export const PACKET_KINDS = ['hours', 'hours_queries', 'receipt'] as const;
export type PacketKind = (typeof PACKET_KINDS)[number];

export const PACKET_FORMAT = 'alliance-packet';
export const PACKET_VERSION = 1;
export const MAX_PACKET_BYTES = 16 * 1024 * 1024;

// The signed part. `prev` is the SHA-256 of the previous payload this sender sent this recipient.
export const packetPayload = z.strictObject({
  format: z.literal(PACKET_FORMAT),
  version: z.literal(PACKET_VERSION),
  id: z.string().uuid(),
  from: z.string().regex(/^[A-Z2-7]{32}$/),
  to: z.string().regex(/^[A-Z2-7]{32}$/),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  prev: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  kind: z.enum(PACKET_KINDS),
  period: z.strictObject({ from: isoDate, to: isoDate }).nullable(),
  sentAt: z.string().max(40),
  records: z.unknown(),
});
export type PacketPayload = z.infer<typeof packetPayload>;

// What the age file decrypts to: the payload exactly as signed, and its .minisig.
export const packetEnvelope = z.strictObject({
  format: z.literal(PACKET_FORMAT),
  version: z.literal(PACKET_VERSION),
  payload: z.string().max(MAX_PACKET_BYTES),
  minisig: z.string().max(1024),
});

// Reconciling a period: each line of the supervisee's log beside the supervisor's own.
export const LINE_STATES = ['matched', 'only_mine', 'only_theirs', 'conflicting'] as const;
export type LineState = (typeof LINE_STATES)[number];
export const RESOLUTIONS = ['accepted', 'kept', 'queried'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
