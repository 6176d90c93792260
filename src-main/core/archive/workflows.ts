// Writing an archive, for the app and the command line alike: the slots are sealed before the
// dialog opens (the vault may lock while it is open); then the records are gathered, sealed and
// written one supervisee at a time, so a whole vault never sits in memory; then the export is
// recorded (without content) in the audit trail.
import type { ArchiveRequest } from '../../contract/archive';
import { localToday } from '../../contract/dates';
import { readKeyFile } from '../../db/key-file';
import type { OpenVault } from '../../db/vault';
import { vaultPaths } from '../../db/vault-files';
import { appendAudit } from '../audit/audit-log';
import { safeName } from '../hours/exports';
import type { Destination } from '../shared/file-port';
import { viaDetail, type Via } from '../shared/via';
import { getSupervisee } from '../supervisees/supervisees';
import { archivePieces } from './archive-content';
import { writeArchiveHtml } from './archive-html';
import { archivePiecesOf } from './pieces';
import { archiveSealer, type OpensWith, type Sealer } from './seal';

const ARCHIVE_CACHE_KIB = -8192;

async function sealerFor(open: OpenVault, req: ArchiveRequest): Promise<Sealer> {
  const keyFile = readKeyFile(vaultPaths(open.dir).keyFile);
  const dataKey = Buffer.from(open.dataKey);
  try {
    const how: OpensWith =
      req.opensWith === 'vault'
        ? { kind: 'vault', keyFile, dataKey }
        : { kind: 'passphrase', passphrase: req.passphrase!, kdf: keyFile.passphrase.kdf };
    return await archiveSealer(how);
  } finally {
    dataKey.fill(0);
  }
}

// Writes the page with `write`; the number of supervisees in it.
function writeArchive(open: OpenVault, req: ArchiveRequest, sealer: Sealer, write: (text: string) => void): number {
  const { front, people } = archivePieces(open.db, req.superviseeId);
  function* sealed() {
    let i = 0;
    for (const piece of archivePiecesOf(front, people())) yield sealer.piece(i++, piece);
  }
  // Every page of a whole vault is read once: a small page cache meanwhile keeps that from growing
  // the process by the cache's full size (it is put back after).
  const cache = open.sqlite.pragma('cache_size', { simple: true }) as number;
  open.sqlite.pragma(`cache_size = ${ARCHIVE_CACHE_KIB}`);
  try {
    writeArchiveHtml(write, sealer.head, sealed());
  } finally {
    open.sqlite.pragma(`cache_size = ${cache}`);
    sealer.done();
  }
  return front.people;
}

function nameFor(open: OpenVault, req: ArchiveRequest): string {
  const whose = req.superviseeId ? safeName(getSupervisee(open.db, req.superviseeId).fullName) : 'all-records';
  return `alliance-archive-${whose}-${localToday()}.html`;
}

// The whole page as text (tests, and small archives).
export async function archiveFile(
  open: OpenVault,
  req: ArchiveRequest,
): Promise<{ name: string; html: string; people: number }> {
  const name = nameFor(open, req);
  const parts: string[] = [];
  const people = writeArchive(open, req, await sealerFor(open, req), (t) => parts.push(t));
  return { name, html: parts.join(''), people };
}

export async function exportArchive(
  vault: () => OpenVault,
  dest: Destination,
  req: ArchiveRequest,
  via: Via = 'app',
): Promise<{ path: string | null }> {
  const name = nameFor(vault(), req);
  const sealer = await sealerFor(vault(), req);
  let bytes = 0;
  const saved = await dest(name, (write) =>
    writeArchive(vault(), req, sealer, (text) => {
      bytes += Buffer.byteLength(text);
      write(text);
    }),
  );
  if (!saved) {
    sealer.done();
    return { path: null };
  }
  appendAudit(vault().db, 'exported', {
    what: 'archive',
    scope: req.superviseeId ? 'supervisee' : 'vault',
    opensWith: req.opensWith,
    people: saved.result,
    bytes,
    ...viaDetail(via),
  });
  return { path: saved.path };
}
