// Encrypted backups: a folder chosen in the native dialog, a schedule, and restore.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { id, none, passphrase } from './common';
import { vaultStatus } from './vault';

export const backupInfo = z.strictObject({
  name: z.string(),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export const backupStatus = z.strictObject({
  folder: z.string().nullable(),
  intervalHours: z.number().int(),
  keep: z.number().int(),
  backups: z.array(backupInfo),
  lastError: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;
export const pickedBackup = z.strictObject({
  token: z.string().nullable(),
  name: z.string(),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number()),
});
export type PickedBackup = z.infer<typeof pickedBackup>;

export const backupChannels = {
  'backup.status': { reads: ['settings'], input: none, output: backupStatus },
  // Opens the native folder dialog; the folder is never taken from the page.
  'backup.chooseFolder': { input: none, output: backupStatus },
  'backup.now': { input: none, output: backupInfo },
  // Opens the native file dialog and reads the backup's header; the token names it for restore.
  'backup.pick': { input: none, output: pickedBackup },
  'backup.restore': {
    input: z.strictObject({
      token: id,
      passphrase,
      confirm: z.literal('REPLACE', { message: 'Type REPLACE to confirm replacing the open vault.' }),
    }),
    output: vaultStatus,
  },
  // On the unlock screen, when the vault cannot be opened (damaged, its database missing): choose a
  // backup, then restore it in the vault's place; the unopenable folder is kept beside it.
  'backup.pickWhenLocked': { input: none, output: pickedBackup },
  'backup.restoreWhenLocked': {
    input: z.strictObject({ token: id, passphrase }),
    output: z.strictObject({ status: vaultStatus, keptAs: z.string().nullable() }),
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const backupsExamples = (ids: ExampleIds): ExamplesFor<typeof backupChannels> => ({
  'backup.status': {},
  'backup.chooseFolder': {},
  'backup.now': {},
  'backup.pick': {},
  'backup.pickWhenLocked': {},
  'backup.restoreWhenLocked': { token: ids.supervisee, passphrase: ids.passphrase },
  'backup.restore': {
    token: ids.supervisee,
    passphrase: ids.passphrase,
    confirm: 'REPLACE',
  },
});
