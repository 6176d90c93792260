// The vault: create, unlock, recover, lock, change passphrase. Also the lock event main pushes.
import { z } from 'zod';
import type { ChannelTable, ExampleIds, ExamplesFor } from './channel-table';
import { done, newPassphrase, none, passphrase } from './common';
import { VAULT_ROLES } from './exchange';

export const vaultState = z.enum(['none', 'locked', 'unlocked']);
export const vaultStatus = z.strictObject({
  state: vaultState,
  // How long until the next unlock attempt is answered, after repeated failures.
  retryDelayMs: z.number().int().nonnegative(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

// Pushed from main to the renderer (not request/response).
export const EVENT_VAULT_LOCKED = 'event:vault-locked';
export const LOCK_REASONS = ['user', 'idle', 'suspend', 'lock-screen'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

// Quick unlock through the operating system's keychain (docs/security.md).
export const quickUnlockStatus = z.strictObject({
  available: z.boolean(),
  // Why it is not available, in words for the user.
  reason: z.string().nullable(),
  enabled: z.boolean(),
  expiresAt: z.string().nullable(),
  days: z.number().int(),
});
export type QuickUnlockStatusShape = z.infer<typeof quickUnlockStatus>;
export const quickUnlockDays = z
  .number({ error: 'Enter a number of days.' })
  .int('Whole days, please.')
  .min(1, 'At least 1 day.')
  .max(90, 'At most 90 days.');

export const vaultChannels = {
  'vault.status': { input: none, output: vaultStatus },
  'vault.create': {
    input: z.strictObject({
      passphrase: newPassphrase,
      sampleData: z.boolean().default(false),
      // Whose vault it is (Settings can change it later).
      role: z.enum(VAULT_ROLES).default('supervisor'),
    }),
    output: z.strictObject({ recoveryKey: z.string() }),
  },
  'vault.unlock': { input: z.strictObject({ passphrase }), output: vaultStatus },
  'vault.recover': {
    input: z.strictObject({ recoveryKey: z.string().max(200), newPassphrase }),
    output: vaultStatus,
  },
  // The renderer says why it locks (its idle timer or the user), so the lock event carries the reason.
  'vault.lock': { input: z.strictObject({ reason: z.enum(['user', 'idle']).default('user') }), output: vaultStatus },
  'vault.changePassphrase': { input: z.strictObject({ current: passphrase, next: newPassphrase }), output: done },
  'vault.quickUnlockStatus': { input: none, output: quickUnlockStatus },
  // The passphrase is typed again to turn it on; the key is sealed by the keychain, outside the vault.
  'vault.quickUnlockOn': {
    input: z.strictObject({ passphrase, days: quickUnlockDays.default(14) }),
    output: quickUnlockStatus,
  },
  'vault.quickUnlockOff': { input: none, output: quickUnlockStatus },
  'vault.unlockWithKeychain': { input: none, output: vaultStatus },
  // "Start again" beside a vault that cannot be opened: its folder is renamed aside (never deleted).
  'vault.setAside': {
    input: z.strictObject({ confirm: z.literal('SET ASIDE', { message: 'Type SET ASIDE to confirm.' }) }),
    output: z.strictObject({ status: vaultStatus, keptAs: z.string().nullable() }),
  },
} satisfies ChannelTable;

// A valid request for each channel, with the records a test vault holds (channel-table.ts): the IPC
// fuzzer starts its malformed payloads from these. A channel without one is a compile error.
export const vaultExamples = (ids: ExampleIds): ExamplesFor<typeof vaultChannels> => ({
  'vault.status': {},
  'vault.create': {
    passphrase: 'a-long-enough-passphrase',
    sampleData: false,
    role: 'supervisee',
  },
  'vault.unlock': { passphrase: ids.passphrase },
  'vault.recover': {
    recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
    newPassphrase: 'another-long-passphrase',
  },
  'vault.lock': { reason: 'user' },
  'vault.changePassphrase': {
    current: 'wrong-current-passphrase',
    next: 'another-long-passphrase',
  },
  'vault.setAside': { confirm: 'SET ASIDE' },
  'vault.quickUnlockStatus': {},
  'vault.quickUnlockOn': { passphrase: ids.passphrase, days: 14 },
  'vault.quickUnlockOff': {},
  'vault.unlockWithKeychain': {},
});
