// Settings kept inside the vault: auto-lock, theme, backup schedule.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { none } from './common';
import { THEMES } from './enums';
import { VAULT_ROLES } from './exchange';

export const settingsValue = z.strictObject({
  autoLockMinutes: z
    .number({ error: 'Enter a number of minutes.' })
    .int('Whole minutes, please.')
    .min(1, 'At least 1 minute.')
    .max(240, 'At most 240 minutes.'),
  theme: z.enum(THEMES),
  // Chosen only through the native folder dialog (backup.chooseFolder), never typed by the page.
  backupFolder: z.string().max(4096).nullable(),
  backupIntervalHours: z
    .number({ error: 'Enter a number of hours.' })
    .int('Whole hours, please.')
    .min(1, 'At least every hour.')
    .max(168, 'At least once a week.'),
  backupKeep: z
    .number({ error: 'Enter how many backups to keep.' })
    .int('A whole number, please.')
    .min(1, 'Keep at least one backup.')
    .max(100, 'Keep at most 100 backups.'),
  // Years to keep a supervisee's records after supervision ends; a rule pack's longer period wins.
  retentionYears: z
    .number({ error: 'Enter a number of years.' })
    .int('Whole years, please.')
    .min(1, 'At least 1 year.')
    .max(50, 'At most 50 years.'),
  // Whose vault this is, asked when it is created: a supervisor's, or a supervisee's own, where the
  // one record on Supervisees stands for their own supervision (docs/exchange.md).
  vaultRole: z.enum(VAULT_ROLES),
});
export type Settings = z.infer<typeof settingsValue>;
export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 10,
  theme: 'system',
  backupFolder: null,
  backupIntervalHours: 24,
  backupKeep: 10,
  retentionYears: 7,
  vaultRole: 'supervisor',
};
export const settingsPatch = settingsValue.omit({ backupFolder: true }).partial().strict();
export type SettingsPatch = z.output<typeof settingsPatch>;

export const settingsChannels = {
  'settings.get': { reads: ['settings'], input: none, output: settingsValue },
  'settings.update': { input: settingsPatch, output: settingsValue },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const settingsExamples = (_ids: ExampleIds): ExamplesFor<typeof settingsChannels> => ({
  'settings.get': {},
  'settings.update': { autoLockMinutes: 15 },
});
