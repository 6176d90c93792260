// Where the user's own files come from and go to. Electron implements it with native dialogs
// (window/file-dialogs.ts); the test bridge answers with paths in a temp folder. Each chooser
// returns null on cancel. Core writes the file itself (saveFile), so an export is written the
// same way, atomically and in pieces, whichever side chose the path.
import { AppError } from '../../contract/errors';
import { writeFileAtomicStreaming, type TempWatch, type WriteChunk } from '../../db/atomic-write';
import type { Db } from '../../db/vault';
import { refuseVaultTarget } from '../../db/vault-guard';
import { ioCode, ioWords } from '../../db/io-reasons';
import { pendingWrites } from './pending-writes';

export interface FilePort {
  chooseSavePath(suggestedName: string): Promise<string | null>;
  chooseFolder(title: string): Promise<string | null>;
  chooseFile(title: string, extensions: string[]): Promise<string | null>;
}

export const NO_FILES: FilePort = {
  chooseSavePath: async () => null,
  chooseFolder: async () => null,
  chooseFile: async () => null,
};

// Asks where to save, then lets `produce` write there. Null when the user cancels.
export async function saveFile<T>(
  files: FilePort,
  suggestedName: string,
  produce: (write: WriteChunk) => T,
  watch?: TempWatch,
): Promise<{ path: string; result: T } | null> {
  const path = await files.chooseSavePath(suggestedName);
  if (!path) return null;
  return writeTo(path, produce, watch);
}

// Writes an export where it was asked to go. A missing or read-only folder or a full disk is said
// plainly, with the system's code, as an `io` error (exit 7 on the command line); nothing is left
// behind, and the caller records the export only after this returns.
function writeTo<T>(path: string, produce: (write: WriteChunk) => T, watch?: TempWatch): { path: string; result: T } {
  refuseVaultTarget(path, 'file');
  try {
    return { path, result: writeFileAtomicStreaming(path, produce, watch) };
  } catch (e) {
    const code = ioCode(e);
    if (code)
      throw new AppError(
        'io',
        `The file could not be written there (${ioWords(code)}). Nothing was saved; choose another folder.`,
      );
    throw e;
  }
}

// Where an export goes. The app asks the user (a save dialog); the CLI was given a path. Workflows
// take a Destination so both run the same code, including the audit entry.
export type Destination = <T>(
  suggestedName: string,
  produce: (write: WriteChunk) => T,
) => Promise<{ path: string; result: T } | null>;

// With the vault's `db`, the export's temporary is remembered in the vault while it exists, so a
// killed export's plaintext is removed at the next unlock (pending-writes.ts).
export const askUser =
  (files: FilePort, db: () => Db): Destination =>
  (name, produce) =>
    saveFile(files, name, produce, pendingWrites(db));

export const toPath =
  (path: string, db: () => Db): Destination =>
  async (_name, produce) =>
    writeTo(path, produce, pendingWrites(db));
