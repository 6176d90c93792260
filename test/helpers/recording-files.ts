// A FilePort for unit tests: "saving" records the name and content and answers with a path under
// /exports/; the folder and file pickers answer "cancelled".
import type { FilePort } from '../../src-main/core/file-port';

export function recordingFiles(): { files: FilePort; saved: { name: string; content: string }[] } {
  const saved: { name: string; content: string }[] = [];
  const record = async (name: string, content: string | Buffer) => {
    saved.push({ name, content: content.toString() });
    return `/exports/${name}`;
  };
  return { saved, files: { saveText: record, saveBytes: record, chooseFolder: async () => null, chooseFile: async () => null } };
}
