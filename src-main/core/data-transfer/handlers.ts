// Settings' whole-vault export and import. The file to import is chosen in the native dialog and
// named afterwards only by a token, so the page never hands main a path.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { HandlersFor } from '../../contract/channel-table';
import { PREVIEW_PROBLEMS, type dataTransferChannels, type ImportProgress } from '../../contract/data-transfer';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { askUser, type FilePort } from '../shared/file-port';
import type { VaultSession } from '../vault/vault-session';
import { importFileInPieces, previewFileInPieces, type ReadSoFar } from './import-in-pieces';
import { checkImportFile, exportJson } from './workflows';

export function dataTransferHandlers(
  db: () => Db,
  files: FilePort,
  vault: VaultSession,
): HandlersFor<typeof dataTransferChannels> {
  // Previewed files by token; one at a time is enough for one window.
  const picked = new Map<string, string>();
  const NOTHING: ImportProgress = { doing: 'nothing', stage: 'reading', bytes: 0, bytesRead: 0, records: 0 };
  let progress = NOTHING;
  // Reads the file in pieces while holding the vault, keeping `progress` for the window to ask.
  // `bytes`: the size checkImportFile found, which refuses a file that is gone, not a file or too
  // large plainly, before anything holds the vault.
  const reading = <T>(
    doing: ImportProgress['doing'],
    path: string,
    bytes: number,
    work: (path: string, report: (p: ReadSoFar) => void) => Promise<T>,
  ): Promise<T> =>
    vault.hold(async () => {
      progress = { doing, stage: 'reading', bytes, bytesRead: 0, records: 0 };
      try {
        return await work(path, (p) => (progress = { doing, bytes, ...p }));
      } finally {
        progress = NOTHING;
      }
    });
  return {
    'transfer.exportJson': async () => ({ path: (await exportJson(db, askUser(files, db))).path }),
    'transfer.previewImport': async () => {
      db();
      const path = await files.chooseFile('Choose an Alliance export to import', ['json']);
      if (!path)
        return { token: null, name: '', bytes: 0, counts: null, problems: [], problemCount: 0, complete: true };
      const bytes = checkImportFile(path);
      const preview = await reading('checking', path, bytes, (p, report) => previewFileInPieces(db(), p, report));
      picked.clear();
      const token = preview.counts ? randomUUID() : null;
      if (token) picked.set(token, path);
      return {
        token,
        name: basename(path),
        bytes,
        ...preview,
        problems: preview.problems.slice(0, PREVIEW_PROBLEMS),
      };
    },
    'transfer.import': (i) => {
      const path = picked.get(i.token);
      if (!path) throw new AppError('not_found', 'Choose the file again: that choice has expired.');
      picked.delete(i.token);
      return reading('importing', path, checkImportFile(path), (p, report) => importFileInPieces(db(), p, report));
    },
    'transfer.progress': () => progress,
  };
}
