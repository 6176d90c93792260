// Ed25519 signatures in minisign's format, so `minisign -V` verifies what Alliance signs
// (docs/exchange.md). Node's own crypto does the work; this file only lays out the bytes:
//   public key  base64("Ed" | key id (8) | public key (32))
//   signature   base64("ED" | key id (8) | Ed25519(BLAKE2b-512(message)))   (minisign's prehashed form)
//   global sig  base64(Ed25519(signature (64) | trusted comment))
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';

const PUBLIC_ALG = Buffer.from('Ed');
const PREHASHED_ALG = Buffer.from('ED');
// The DER prefix Node puts before a raw 32-byte Ed25519 public key.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface SigningKeys {
  keyId: Buffer;
  privateKey: KeyObject;
  publicKey: Buffer;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { keyId: randomBytes(8), privateKey, publicKey: rawPublic(publicKey) };
}

const rawPublic = (k: KeyObject) => k.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);

// The private key is kept (inside the encrypted vault) as PKCS#8 DER in base64 with its key id.
export function exportSigningKeys(k: SigningKeys): { keyId: string; secret: string } {
  return {
    keyId: k.keyId.toString('hex'),
    secret: k.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

export function importSigningKeys(keyIdHex: string, secret: string): SigningKeys {
  const privateKey = createPrivateKey({ key: Buffer.from(secret, 'base64'), format: 'der', type: 'pkcs8' });
  return { keyId: Buffer.from(keyIdHex, 'hex'), privateKey, publicKey: rawPublic(createPublicKey(privateKey)) };
}

// The one line a minisign public key file holds under its comment.
export const publicKeyLine = (k: Pick<SigningKeys, 'keyId' | 'publicKey'>) =>
  Buffer.concat([PUBLIC_ALG, k.keyId, k.publicKey]).toString('base64');

// minisign prints a key id as the 8 bytes read little-endian, in upper-case hex.
export const keyIdText = (keyId: Buffer) => Buffer.from(keyId).reverse().toString('hex').toUpperCase();

export function publicKeyFile(k: Pick<SigningKeys, 'keyId' | 'publicKey'>): string {
  return `untrusted comment: minisign public key ${keyIdText(k.keyId)}\n${publicKeyLine(k)}\n`;
}

export function parsePublicKeyLine(line: string): { keyId: Buffer; publicKey: Buffer } | null {
  if (!/^[A-Za-z0-9+/]{56}$/.test(line)) return null;
  const raw = Buffer.from(line, 'base64');
  if (raw.length !== 42 || !raw.subarray(0, 2).equals(PUBLIC_ALG)) return null;
  return { keyId: raw.subarray(2, 10), publicKey: raw.subarray(10) };
}

const blake2b = (m: Uint8Array) => createHash('blake2b512').update(m).digest();

// A whole .minisig file for `message`. The trusted comment is signed too; it must be one line.
export function signMessage(k: SigningKeys, message: Uint8Array, trustedComment: string): string {
  if (/[\r\n]/.test(trustedComment)) throw new Error('A trusted comment is one line.');
  const sig = sign(null, blake2b(message), k.privateKey);
  const global = sign(null, Buffer.concat([sig, Buffer.from(trustedComment, 'utf8')]), k.privateKey);
  return (
    `untrusted comment: signature from Alliance\n` +
    `${Buffer.concat([PREHASHED_ALG, k.keyId, sig]).toString('base64')}\n` +
    `trusted comment: ${trustedComment}\n${global.toString('base64')}\n`
  );
}

const keyObject = (raw: Buffer) =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });

// True only when both the signature over the message and the one over the trusted comment hold
// for this key. Anything malformed is simply not a valid signature.
export function verifyMessage(
  key: { keyId: Buffer; publicKey: Buffer },
  message: Uint8Array,
  minisig: string,
): { ok: true; trustedComment: string } | { ok: false } {
  const lines = minisig.split('\n');
  if (lines.length < 4 || !lines[0]!.startsWith('untrusted comment: ')) return { ok: false };
  const sigLine = Buffer.from(lines[1]!, 'base64');
  const tc = lines[2]!.startsWith('trusted comment: ') ? lines[2]!.slice('trusted comment: '.length) : null;
  const global = Buffer.from(lines[3]!, 'base64');
  if (tc === null || sigLine.length !== 74 || global.length !== 64) return { ok: false };
  if (!sigLine.subarray(0, 2).equals(PREHASHED_ALG) || !sigLine.subarray(2, 10).equals(key.keyId)) return { ok: false };
  const sig = sigLine.subarray(10);
  const pub = keyObject(key.publicKey);
  const good =
    verify(null, blake2b(message), pub, sig) &&
    verify(null, Buffer.concat([sig, Buffer.from(tc, 'utf8')]), pub, global);
  return good ? { ok: true, trustedComment: tc } : { ok: false };
}
