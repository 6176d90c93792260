// This vault's identity for exchange: made once, kept inside the encrypted vault, shown to the other
// person as a card and a fingerprint they read back to each other (docs/exchange.md, "Pairing").
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AppError } from '../../contract/errors';
import {
  IDENTITY_CARD_FORMAT,
  identityCard,
  MAX_CARD_BYTES,
  type IdentityCard,
  type VaultRole,
} from '../../contract/exchange';
import type { Db } from '../../db/vault';
import { appendAudit } from '../audit/audit-log';
import {
  exportSigningKeys,
  generateSigningKeys,
  importSigningKeys,
  parsePublicKeyLine,
  publicKeyLine,
  type SigningKeys,
} from './minisign';
import { exchangeIdentity } from './tables';

const SELF = 'self';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// 160 bits of SHA-256 over both public keys, in base32: one fingerprint covers encryption and signing,
// so neither key can be swapped without the fingerprint changing.
export function fingerprintOf(ageRecipient: string, signingKey: string): string {
  const digest = createHash('sha256').update(`alliance-fingerprint/v1\n${ageRecipient}\n${signingKey}\n`).digest();
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest.subarray(0, 20)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

// Grouped for reading aloud: ABCD-EFGH-…
export const groupedFingerprint = (fp: string) => fp.match(/.{4}/g)!.join('-');

export interface OwnIdentity {
  name: string;
  role: VaultRole;
  ageSecret: string;
  ageRecipient: string;
  signing: SigningKeys;
  signingKey: string;
  fingerprint: string;
}

export function readIdentity(db: Db): OwnIdentity | null {
  const row = db.select().from(exchangeIdentity).where(eq(exchangeIdentity.id, SELF)).get();
  if (!row) return null;
  return {
    name: row.name,
    role: row.role,
    ageSecret: row.ageSecret,
    ageRecipient: row.ageRecipient,
    signing: importSigningKeys(row.signKeyId, row.signSecret),
    signingKey: row.signPublic,
    fingerprint: row.fingerprint,
  };
}

export function requireIdentity(db: Db): OwnIdentity {
  const own = readIdentity(db);
  if (!own)
    throw new AppError('conflict', 'This vault has no exchange identity yet. Create one first (`identity --create`).');
  return own;
}

// Made once: a second call returns the identity already there, so a card handed out stays valid.
export async function createIdentity(db: Db, name: string, role: VaultRole, now = new Date()): Promise<OwnIdentity> {
  const existing = readIdentity(db);
  if (existing) return existing;
  const ageSecret = await generateX25519Identity();
  const ageRecipient = await identityToRecipient(ageSecret);
  const keys = generateSigningKeys();
  const signingKey = publicKeyLine(keys);
  const fp = fingerprintOf(ageRecipient, signingKey);
  const { keyId, secret } = exportSigningKeys(keys);
  db.transaction((tx) => {
    tx.insert(exchangeIdentity)
      .values({
        id: SELF,
        name,
        role,
        ageSecret,
        ageRecipient,
        signKeyId: keyId,
        signSecret: secret,
        signPublic: signingKey,
        fingerprint: fp,
        createdAt: now.toISOString(),
      })
      .run();
    appendAudit(tx, 'exchange_identity_created', { role, fingerprint: fp });
  });
  return readIdentity(db)!;
}

export function cardOf(own: OwnIdentity): IdentityCard {
  return {
    format: IDENTITY_CARD_FORMAT,
    version: 1,
    name: own.name,
    role: own.role,
    ageRecipient: own.ageRecipient,
    signingKey: own.signingKey,
    fingerprint: groupedFingerprint(own.fingerprint),
  };
}

export const cardText = (own: OwnIdentity) => `${JSON.stringify(cardOf(own), null, 2)}\n`;

// A card read from a file: checked field by field, and its fingerprint worked out again from its keys
// (the one printed on it is only a convenience and must agree).
export function parseCard(bytes: Buffer): IdentityCard & { fingerprintValue: string } {
  const bad = (why: string) => new AppError('validation', `This is not an Alliance identity card: ${why}`);
  if (bytes.length > MAX_CARD_BYTES) throw bad('the file is far larger than a card.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw bad('it is not readable JSON text.');
  }
  const parsed = identityCard.safeParse(json);
  if (!parsed.success) throw bad('a field is missing or has the wrong form.');
  if (!parsePublicKeyLine(parsed.data.signingKey)) throw bad('its signing key is not a valid key.');
  const fp = fingerprintOf(parsed.data.ageRecipient, parsed.data.signingKey);
  if (parsed.data.fingerprint.replace(/-/g, '') !== fp) throw bad('its fingerprint does not match its keys.');
  return { ...parsed.data, fingerprintValue: fp };
}
