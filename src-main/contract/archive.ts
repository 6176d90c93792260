// An archive: one HTML file any current browser opens with no network and no install, holding the
// records encrypted (docs/security.md, "The archive"). From the supervisee's page (theirs alone) or
// Settings (everything); it opens with the vault's passphrase or recovery key, or with a passphrase
// chosen for it when it is handed to the supervisee.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, newPassphrase, savedFile } from './common';

export const OPENS_WITH = ['vault', 'passphrase'] as const;
export const archiveRequest = z
  .strictObject({
    // Null: every supervisee and the supervisor's own records.
    superviseeId: id.nullable(),
    opensWith: z.enum(OPENS_WITH),
    passphrase: newPassphrase.nullable(),
  })
  .refine((r) => (r.opensWith === 'passphrase') === (r.passphrase !== null), {
    path: ['passphrase'],
    message: 'Choose a passphrase for the archive, at least 12 characters.',
  });
export type ArchiveRequest = z.output<typeof archiveRequest>;

export const archiveChannels = {
  // The save dialog, then the archive written; the path, or null when cancelled.
  'archive.export': { input: archiveRequest, output: savedFile },
} satisfies ChannelTable;

export const archiveExamples = (ids: ExampleIds): ExamplesFor<typeof archiveChannels> => ({
  'archive.export': { superviseeId: ids.supervisee, opensWith: 'vault', passphrase: null },
});
