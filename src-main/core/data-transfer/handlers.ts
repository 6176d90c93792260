// Settings' whole-vault export and import. The file to import is chosen in the native dialog and
// named afterwards only by a token, so the page never hands main a path.
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { HandlersFor } from '../../contract/channel-table';
import { PREVIEW_PROBLEMS, type dataTransferChannels } from '../../contract/data-transfer';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/vault';
import { askUser, type FilePort } from '../shared/file-port';
import { exportJson, importJsonFile, previewJsonFile } from './workflows';

export function dataTransferHandlers(db: () => Db, files: FilePort): HandlersFor<typeof dataTransferChannels> {
  // Previewed files by token; one at a time is enough for one window.
  const picked = new Map<string, string>();
  return {
    'transfer.exportJson': async () => ({ path: (await exportJson(db, askUser(files, db))).path }),
    'transfer.previewImport': async () => {
      db();
      const path = await files.chooseFile('Choose an Alliance export to import', ['json']);
      if (!path)
        return { token: null, name: '', bytes: 0, counts: null, problems: [], problemCount: 0, complete: true };
      const preview = previewJsonFile(db(), path);
      picked.clear();
      const token = preview.counts ? randomUUID() : null;
      if (token) picked.set(token, path);
      return {
        token,
        name: basename(path),
        bytes: statSync(path).size,
        ...preview,
        problems: preview.problems.slice(0, PREVIEW_PROBLEMS),
      };
    },
    'transfer.import': (i) => {
      const path = picked.get(i.token);
      if (!path) throw new AppError('not_found', 'Choose the file again: that choice has expired.');
      picked.delete(i.token);
      return importJsonFile(db(), path);
    },
  };
}
