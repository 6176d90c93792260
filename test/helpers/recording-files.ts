// A FilePort for unit tests: "save" answers with a path in a throwaway folder, where core then
// writes the file, and records it; the folder and file pickers answer "cancelled".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilePort } from '../../src-main/core/shared/file-port';

export interface SavedFile {
  name: string;
  path: string;
  readonly content: string;
}

export function recordingFiles(): { files: FilePort; saved: SavedFile[]; cleanup(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'alliance-exports-'));
  const saved: SavedFile[] = [];
  const files: FilePort = {
    async chooseSavePath(name) {
      const path = join(folder, `${saved.length}-${name}`);
      saved.push({
        name,
        path,
        get content() {
          return readFileSync(path, 'utf8');
        },
      });
      return path;
    },
    chooseFolder: async () => null,
    chooseFile: async () => null,
  };
  return { saved, files, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}
