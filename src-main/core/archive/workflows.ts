// Writing an archive, for the app and the command line alike: gather the records, seal them, write
// the page where the Destination says, and record the export (without content) in the audit trail.
// Everything is sealed before the dialog opens: the vault may lock while it is open.
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
import { archiveContent } from './archive-content';
import { archiveHtml } from './archive-html';
import { sealArchive, type OpensWith } from './seal';

export async function archiveFile(
  open: OpenVault,
  req: ArchiveRequest,
): Promise<{ name: string; html: string; people: number }> {
  const whose = req.superviseeId ? safeName(getSupervisee(open.db, req.superviseeId).fullName) : 'all-records';
  const content = archiveContent(open.db, req.superviseeId);
  const keyFile = readKeyFile(vaultPaths(open.dir).keyFile);
  const dataKey = Buffer.from(open.dataKey);
  try {
    const how: OpensWith =
      req.opensWith === 'vault'
        ? { kind: 'vault', keyFile, dataKey }
        : { kind: 'passphrase', passphrase: req.passphrase!, kdf: keyFile.passphrase.kdf };
    const { head, body } = await sealArchive(content, how);
    return {
      name: `alliance-archive-${whose}-${localToday()}.html`,
      html: archiveHtml(head, body),
      people: content.people.length,
    };
  } finally {
    dataKey.fill(0);
  }
}

export async function exportArchive(
  vault: () => OpenVault,
  dest: Destination,
  req: ArchiveRequest,
  via: Via = 'app',
): Promise<{ path: string | null }> {
  const file = await archiveFile(vault(), req);
  const saved = await dest(file.name, (write) => write(file.html));
  if (!saved) return { path: null };
  appendAudit(vault().db, 'exported', {
    what: 'archive',
    scope: req.superviseeId ? 'supervisee' : 'vault',
    opensWith: req.opensWith,
    people: file.people,
    bytes: Buffer.byteLength(file.html),
    ...viaDetail(via),
  });
  return { path: saved.path };
}
