// Two-way supervision (docs/exchange.md): each person keeps a vault; records pass between them as
// packets encrypted to the recipient (age) and signed by the sender (minisign's Ed25519 format).
// What the files hold is declared here; the exchange engine (core/exchange) reads and writes them.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, isoDate, none, savedFile, text } from './common';

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

// The kinds of packet; each is lent by the feature whose records it carries (core/<feature>/exchange*.ts).
export const PACKET_KINDS = [
  'hours',
  'hours_queries',
  'receipt',
  'prompts',
  'answers',
  'self_rating',
  'alliance',
  'review',
  'agreement',
  'countersignature',
  'reflection_sets',
] as const;
export type PacketKind = (typeof PACKET_KINDS)[number];

// A mailbox check names at most this many files it could not open (a folder of rubbish is not listed whole).
export const MAILBOX_REFUSED_LISTED = 20;

// Who sends each kind, whether it covers a period, and its name on screen: one table the engine, the
// command line and the screens all read.
export const KINDS: Record<PacketKind, { sentBy: VaultRole; period: boolean; label: string }> = {
  hours: { sentBy: 'supervisee', period: true, label: 'Hours for a period' },
  hours_queries: { sentBy: 'supervisor', period: true, label: 'Questions about hours' },
  receipt: { sentBy: 'supervisor', period: true, label: 'Receipt for a signed period' },
  prompts: { sentBy: 'supervisor', period: false, label: 'Prompts for the next meeting' },
  answers: { sentBy: 'supervisee', period: false, label: 'Answers to prompts' },
  self_rating: { sentBy: 'supervisee', period: false, label: 'Self-rating for a review' },
  alliance: { sentBy: 'supervisee', period: true, label: 'Check-ins and feedback' },
  review: { sentBy: 'supervisor', period: false, label: 'A finalised review' },
  agreement: { sentBy: 'supervisor', period: false, label: 'The agreement, to countersign' },
  countersignature: { sentBy: 'supervisee', period: false, label: 'Countersignature of the agreement' },
  reflection_sets: { sentBy: 'supervisor', period: false, label: 'Your own prompt sets' },
};

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

// Channels: the screens' side of the exchange (core/exchange/handlers.ts). Files are chosen with
// the native dialogs in main; the page never hands main a path, and a card or packet opened is held
// in main under a token until the person confirms it.

const identityView = z.strictObject({ name: z.string(), role: z.enum(VAULT_ROLES), fingerprint: z.string() });
export type IdentityView = z.infer<typeof identityView>;
const peerView = z.strictObject({
  name: z.string(),
  role: z.enum(VAULT_ROLES),
  fingerprint: z.string(),
  confirmedAt: z.string(),
  // A card with other keys arrived and waits to be confirmed.
  changed: z.boolean(),
  sent: z.number().int(),
  received: z.number().int(),
});
export type PeerView = z.infer<typeof peerView>;
export const exchangeStatus = z.strictObject({ identity: identityView.nullable(), peer: peerView.nullable() });
export type ExchangeStatus = z.infer<typeof exchangeStatus>;

const token = z.string().uuid();
// What a chosen card says, without its fingerprint: that is typed back from what the person reads aloud.
const cardPreview = z.strictObject({ token, name: z.string(), role: z.enum(VAULT_ROLES) });
export type CardPreview = z.infer<typeof cardPreview>;

const period = { from: isoDate, to: isoDate };
const periodRule = (v: { from: string; to: string }) => v.from <= v.to;
const periodMessage = { message: 'The period ends before it starts.', path: ['to'] };

const packetPreview = z.strictObject({
  token,
  kind: z.enum(PACKET_KINDS),
  seq: z.number().int(),
  from: z.string(),
  period: z.strictObject(period).nullable(),
  lines: z.array(z.string()),
});
export type PacketPreview = z.infer<typeof packetPreview>;

const lineValue = z.union([
  z.strictObject({ durationMinutes: z.number(), modality: z.string(), attendance: z.string() }),
  z.strictObject({ hours: z.number() }),
]);
const reconcileLine = z.strictObject({
  key: z.string(),
  kind: z.enum(['session', 'hours']),
  label: z.string(),
  mine: lineValue.nullable(),
  theirs: lineValue.nullable(),
  state: z.enum(LINE_STATES),
  resolution: z.strictObject({ action: z.enum(RESOLUTIONS), note: z.string(), at: z.string() }).nullable(),
  open: z.boolean(),
});
export type ReconcileLineView = z.infer<typeof reconcileLine>;
export const reconciliation = z.strictObject({
  received: z.strictObject({ at: z.string(), hash: z.string(), from: z.string(), to: z.string() }).nullable(),
  lines: z.array(reconcileLine),
  open: z.number().int(),
});
export type ReconciliationView = z.infer<typeof reconciliation>;

const receivedItem = z.strictObject({
  kind: z.enum(PACKET_KINDS),
  seq: z.number().int(),
  at: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  lines: z.array(z.string()),
  // For a receipt: the SHA-256 of the signed log.
  sha256: z.string().nullable(),
});
export type ReceivedItem = z.infer<typeof receivedItem>;

export const KIND_LABELS = Object.fromEntries(PACKET_KINDS.map((k) => [k, KINDS[k].label])) as Record<
  PacketKind,
  string
>;

export const mailboxWaiting = z.strictObject({
  folder: z.string().nullable(),
  // The remembered folder cannot be read now (a USB stick not plugged in, a sync folder moved).
  missing: z.boolean(),
  waiting: z.array(z.strictObject({ superviseeId: id, name: z.string(), count: z.number().int() })),
});
export type MailboxWaiting = z.infer<typeof mailboxWaiting>;

const PEERS = ['exchange_identity', 'exchange_peers'] as const;
export const exchangeChannels = {
  'exchange.status': { reads: PEERS, input: z.strictObject({ superviseeId: id.nullable() }), output: exchangeStatus },
  'exchange.createIdentity': {
    input: z.strictObject({
      name: text(120).min(1, 'Type the name the other person will see on your card.'),
      role: z.enum(VAULT_ROLES),
    }),
    output: identityView,
  },
  'exchange.saveCard': { input: none, output: savedFile },
  'exchange.chooseCard': { input: none, output: cardPreview.nullable() },
  'exchange.pair': {
    input: z.strictObject({
      token,
      superviseeId: id,
      fingerprint: z.string().max(64).min(1, 'Type the fingerprint they read to you.'),
      confirmChange: z.boolean().default(false),
    }),
    output: peerView,
  },
  // Days only for the kinds that cover a period.
  'exchange.send': {
    input: z
      .strictObject({ superviseeId: id, kind: z.enum(PACKET_KINDS), from: isoDate.optional(), to: isoDate.optional() })
      .superRefine((v, ctx) => {
        if (!KINDS[v.kind].period) return;
        for (const k of ['from', 'to'] as const)
          if (!v[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'Say which days it covers.' });
        if (v.from && v.to && !periodRule({ from: v.from, to: v.to }))
          ctx.addIssue({ code: 'custom', ...periodMessage });
      }),
    output: savedFile,
  },
  'exchange.open': { input: none, output: packetPreview.nullable() },
  // The next new packet for this vault in a mailbox folder (a folder the two sync, or a USB stick):
  // chosen once, then checked again without a dialog while the app runs.
  'exchange.openFolder': {
    input: z.strictObject({ again: z.boolean() }),
    output: z.strictObject({
      folder: z.string().nullable(),
      preview: packetPreview.nullable(),
      // Files passed over: for someone else (such as your own outgoing packets) or already received.
      passedOver: z.number().int(),
      // Files that could not be opened (damaged, tampered with, out of order), each with why; they are
      // left where they are and the packets after them are still looked at.
      refused: z.array(z.strictObject({ name: z.string(), reason: z.string() })).max(MAILBOX_REFUSED_LISTED),
    }),
  },
  // What waits in the remembered mailbox folder, counted from the packets' names; the screens ask
  // again every half minute while the app runs, since new files arrive outside the vault.
  'exchange.waiting': { reads: [...PEERS, 'settings'], input: none, output: mailboxWaiting },
  'exchange.receive': {
    input: z.strictObject({ token }),
    output: z.strictObject({ kind: z.enum(PACKET_KINDS), seq: z.number() }),
  },
  'exchange.reconcile': {
    reads: ['exchange_peers', 'exchange_packets', 'hours_resolutions', 'supervision_sessions', 'client_hours'],
    input: z.strictObject({ superviseeId: id, ...period }).refine(periodRule, periodMessage),
    output: reconciliation,
  },
  'exchange.resolve': {
    input: z
      .strictObject({
        superviseeId: id,
        ...period,
        key: z.string().max(120),
        action: z.enum(RESOLUTIONS),
        note: text(1000).default(''),
      })
      .refine(periodRule, periodMessage),
    output: reconcileLine,
  },
  'exchange.received': {
    reads: ['exchange_peers', 'exchange_packets'],
    input: z.strictObject({ superviseeId: id }),
    output: z.array(receivedItem),
  },
} satisfies ChannelTable;

export const exchangeExamples = (ids: ExampleIds): ExamplesFor<typeof exchangeChannels> => ({
  'exchange.status': { superviseeId: ids.supervisee },
  'exchange.createIdentity': { name: 'A. Supervisor', role: 'supervisor' },
  'exchange.saveCard': {},
  'exchange.chooseCard': {},
  'exchange.pair': {
    token: '8f0e3c1a-4b7d-4e2a-9c55-0d6b2f1e7a90',
    superviseeId: ids.supervisee,
    fingerprint: 'AAAA-BBBB',
  },
  'exchange.send': { superviseeId: ids.supervisee, kind: 'hours', from: '2026-10-01', to: '2026-10-31' },
  'exchange.open': {},
  'exchange.openFolder': { again: true },
  'exchange.waiting': {},
  'exchange.receive': { token: '8f0e3c1a-4b7d-4e2a-9c55-0d6b2f1e7a90' },
  'exchange.reconcile': { superviseeId: ids.supervisee, from: '2026-10-01', to: '2026-10-31' },
  'exchange.resolve': {
    superviseeId: ids.supervisee,
    from: '2026-10-01',
    to: '2026-10-31',
    key: 'session|2026-10-05|individual|1',
    action: 'kept',
  },
  'exchange.received': { superviseeId: ids.supervisee },
});
