// Every channel between renderer and main. The preload imports only this list (not the schemas),
// and channels.ts must define exactly these names, so a channel cannot exist in one place only.
export const CHANNEL_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.lock',
  'vault.changePassphrase',
  'supervisees.list',
  'supervisees.get',
  'supervisees.create',
  'supervisees.update',
  'supervisees.archive',
  'supervisees.restore',
  'supervisees.delete',
  'settings.get',
  'settings.update',
  'audit.list',
  'audit.verify',
  'audit.export',
  'backup.status',
  'backup.chooseFolder',
  'backup.now',
  'backup.pick',
  'backup.restore',
  'sessions.list',
  'sessions.last',
  'sessions.create',
  'sessions.update',
  'sessions.delete',
  'sessions.restore',
  'hours.logWeek',
  'hours.summary',
  'hours.exportCsv',
  'hours.exportPdf',
  'periods.list',
  'periods.sign',
  'periods.reopen',
  'rules.packs',
  'rules.saveCustom',
  'rules.evaluate',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

// Pushed from main to the renderer (not request/response).
export const EVENT_VAULT_LOCKED = 'event:vault-locked';
export const LOCK_REASONS = ['user', 'idle', 'suspend', 'lock-screen'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];
