// Seals an archive's content for its page, a piece at a time: each piece (the front, then one per
// supervisee) is gzipped and sealed with AES-256-GCM under one fresh random content key, its place
// in the file bound in as associated data so pieces cannot be dropped, reordered or swapped. The
// key is wrapped in one or more slots a person can open in the page. A vault archive opens with the
// vault's passphrase or recovery key: its slots carry the key file's own wrapped data key (no more
// than the key file gives away) and the content key wrapped under an HKDF key from the data key. A
// hand-over archive opens with a passphrase chosen for it, and carries nothing of the vault's keys.
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { deriveArgon2id, newSalt, type Argon2Params } from '../../db/kdf';
import type { KeyFile } from '../../db/key-file';

export const ARCHIVE_FORMAT = 'alliance-archive';
export const ARCHIVE_VERSION = 1;

interface Sealed {
  iv: string;
  data: string; // ciphertext then the 16-byte tag, as WebCrypto reads it
}
export type ArchiveSlot =
  | { kind: 'passphrase'; kdf: Argon2Params; wrap: Sealed }
  | {
      kind: 'vault-passphrase';
      kdf: Argon2Params;
      vaultWrap: KeyFile['passphrase']['wrap'];
      hkdfSalt: string;
      wrap: Sealed;
    }
  | {
      kind: 'vault-recovery';
      recoverySalt: string;
      vaultWrap: KeyFile['recovery']['wrap'];
      hkdfSalt: string;
      wrap: Sealed;
    };

export interface ArchiveHead {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  // One piece per line of the body: "iv.data" in base64, the front first.
  body: { alg: 'aes-256-gcm'; compression: 'gzip'; pieces: 'lines' };
  slots: ArchiveSlot[];
}

export const pieceAad = (index: number) => `alliance-archive/v1/piece/${index}`;

function seal(key: Buffer, plain: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const data = Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
  return { iv: iv.toString('base64'), data: data.toString('base64') };
}

const fromDataKey = (dataKey: Buffer, salt: Buffer) =>
  Buffer.from(hkdfSync('sha256', dataKey, salt, 'alliance archive key v1', 32));

export type OpensWith =
  | { kind: 'vault'; keyFile: KeyFile; dataKey: Buffer }
  | { kind: 'passphrase'; passphrase: string; kdf: Omit<Argon2Params, 'salt' | 'name'> };

async function slotsFor(contentKey: Buffer, how: OpensWith): Promise<ArchiveSlot[]> {
  if (how.kind === 'passphrase') {
    const kdf: Argon2Params = {
      name: 'argon2id',
      memoryKiB: how.kdf.memoryKiB,
      iterations: how.kdf.iterations,
      parallelism: how.kdf.parallelism,
      salt: newSalt(),
    };
    const wrapping = await deriveArgon2id(how.passphrase, kdf);
    return [{ kind: 'passphrase', kdf, wrap: seal(wrapping, contentKey, 'alliance-archive/v1/passphrase') }];
  }
  const viaVault = (kind: 'vault-passphrase' | 'vault-recovery') => {
    const salt = randomBytes(16);
    return {
      hkdfSalt: salt.toString('base64'),
      wrap: seal(fromDataKey(how.dataKey, salt), contentKey, `alliance-archive/v1/${kind}`),
    };
  };
  const kf = how.keyFile;
  return [
    {
      kind: 'vault-passphrase',
      kdf: kf.passphrase.kdf,
      vaultWrap: kf.passphrase.wrap,
      ...viaVault('vault-passphrase'),
    },
    {
      kind: 'vault-recovery',
      recoverySalt: kf.recovery.kdf.salt,
      vaultWrap: kf.recovery.wrap,
      ...viaVault('vault-recovery'),
    },
  ];
}

export interface Sealer {
  head: ArchiveHead;
  // The piece at `index` as one line of the body.
  piece(index: number, content: unknown): string;
  // Zeroes the content key once the last piece is sealed.
  done(): void;
}

export async function archiveSealer(how: OpensWith): Promise<Sealer> {
  const contentKey = randomBytes(32);
  try {
    const head: ArchiveHead = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      body: { alg: 'aes-256-gcm', compression: 'gzip', pieces: 'lines' },
      slots: await slotsFor(contentKey, how),
    };
    return {
      head,
      piece: (index, content) => {
        const s = seal(contentKey, gzipSync(Buffer.from(JSON.stringify(content))), pieceAad(index));
        return `${s.iv}.${s.data}`;
      },
      done: () => contentKey.fill(0),
    };
  } catch (e) {
    contentKey.fill(0);
    throw e;
  }
}
