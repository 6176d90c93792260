// Where the user's own files come from and go to. Electron implements it with native dialogs
// (window/file-dialogs.ts); the test bridge writes into a temp folder. Returns null on cancel.
export interface FilePort {
  saveText(suggestedName: string, content: string): Promise<string | null>;
  saveBytes(suggestedName: string, content: Buffer): Promise<string | null>;
  chooseFolder(title: string): Promise<string | null>;
  chooseFile(title: string, extensions: string[]): Promise<string | null>;
}

export const NO_FILES: FilePort = {
  saveText: async () => null,
  saveBytes: async () => null,
  chooseFolder: async () => null,
  chooseFile: async () => null,
};
