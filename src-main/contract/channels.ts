// The channel table: one input and one output schema per channel. The ipc registry, the preload
// (through channel-names.ts) and the test bridge are all built from it.
import { z } from 'zod';
import type { ChannelName } from './channel-names';
import type { Result } from './errors';
import { rulePack, ruleEvaluation } from './rule-pack';
import * as s from './schemas';

const none = z.strictObject({});
const ok = z.strictObject({ done: z.literal(true) });

export const channels = {
  'vault.status': { input: none, output: s.vaultStatus },
  'vault.create': {
    input: z.strictObject({ passphrase: s.newPassphrase, sampleData: z.boolean().default(false) }),
    output: z.strictObject({ recoveryKey: z.string() }),
  },
  'vault.unlock': { input: z.strictObject({ passphrase: s.passphrase }), output: s.vaultStatus },
  'vault.recover': {
    input: z.strictObject({ recoveryKey: z.string().max(200), newPassphrase: s.newPassphrase }),
    output: s.vaultStatus,
  },
  // The renderer says why it locks (its idle timer or the user), so the lock event carries the reason.
  'vault.lock': { input: z.strictObject({ reason: z.enum(['user', 'idle']).default('user') }), output: s.vaultStatus },
  'vault.changePassphrase': {
    input: z.strictObject({ current: s.passphrase, next: s.newPassphrase }),
    output: ok,
  },
  'supervisees.list': { input: s.superviseeQuery, output: z.array(s.supervisee) },
  'supervisees.get': { input: z.strictObject({ id: s.id }), output: s.supervisee },
  'supervisees.create': { input: s.superviseeInput, output: s.supervisee },
  'supervisees.update': { input: z.strictObject({ id: s.id, patch: s.superviseePatch }), output: s.supervisee },
  'supervisees.archive': { input: z.strictObject({ id: s.id }), output: s.supervisee },
  'supervisees.restore': { input: z.strictObject({ id: s.id }), output: s.supervisee },
  'supervisees.delete': {
    input: z.strictObject({ id: s.id, confirmName: z.string().max(200) }),
    output: ok,
  },
  'settings.get': { input: none, output: s.settingsValue },
  'settings.update': { input: s.settingsPatch, output: s.settingsValue },
  'audit.list': {
    input: z.strictObject({
      limit: z.number().int().min(1).max(500).default(100),
      beforeSeq: z.number().int().positive().optional(),
    }),
    output: z.strictObject({ events: z.array(s.auditEvent), total: z.number().int().nonnegative() }),
  },
  'audit.verify': { input: none, output: s.auditVerification },
  // Opens a save dialog; path is null when the user cancels.
  'audit.export': { input: none, output: s.savedFile },
  'backup.status': { input: none, output: s.backupStatus },
  // Opens the native folder dialog; the folder is never taken from the page.
  'backup.chooseFolder': { input: none, output: s.backupStatus },
  'backup.now': { input: none, output: s.backupInfo },
  // Opens the native file dialog and reads the backup's header; the token names it for restore.
  'backup.pick': {
    input: none,
    output: z.strictObject({
      token: z.string().nullable(),
      name: z.string(),
      createdAt: z.string(),
      counts: z.record(z.string(), z.number()),
    }),
  },
  'sessions.list': {
    input: z.strictObject({
      superviseeId: s.id,
      from: s.isoDate.optional(),
      to: s.isoDate.optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    output: z.array(s.session),
  },
  // The supervisee's most recent session: defaults for the quick-log form and "repeat last session".
  'sessions.last': { input: z.strictObject({ superviseeId: s.id }), output: s.session.nullable() },
  'sessions.create': { input: s.sessionInput, output: s.session },
  'sessions.update': { input: z.strictObject({ id: s.id, patch: s.sessionPatch }), output: s.session },
  // Deleting is undoable: sessions.restore brings it back.
  'sessions.delete': { input: z.strictObject({ id: s.id }), output: z.strictObject({ id: s.id }) },
  'sessions.restore': { input: z.strictObject({ id: s.id }), output: s.session },
  'hours.logWeek': {
    input: z.strictObject({ superviseeId: s.id, weekStart: s.isoDate, entries: z.array(s.hoursEntry).min(1).max(30) }),
    output: z.strictObject({ added: z.number().int() }),
  },
  'hours.summary': { input: z.strictObject({ superviseeId: s.id, period: s.hoursRange }), output: s.hoursSummary },
  'hours.exportCsv': {
    input: z.strictObject({
      superviseeId: z.union([s.id, z.literal('all')]),
      from: s.isoDate,
      to: s.isoDate,
      layout: z.enum(['sessions', 'weekly']),
    }),
    output: s.savedFile,
  },
  'hours.exportPdf': {
    input: z
      .strictObject({ superviseeId: s.id, from: s.isoDate, to: s.isoDate })
      .refine((r) => r.from <= r.to, { message: 'The period starts after it ends.', path: ['from'] }),
    output: s.savedFile,
  },
  'periods.list': { input: z.strictObject({ superviseeId: s.id }), output: z.array(s.signedPeriod) },
  'periods.sign': {
    input: z
      .strictObject({
        superviseeId: s.id,
        from: s.isoDate,
        to: s.isoDate,
        supervisorName: z.string().trim().min(1, 'Enter the supervisor’s name.').max(200),
        supervisorLicence: z.string().trim().min(1, 'Enter the supervisor’s licence number.').max(100),
        signedOn: s.isoDate,
      })
      .refine((p) => p.from <= p.to, { message: 'The period starts after it ends.', path: ['from'] }),
    output: s.signedPeriod,
  },
  'periods.reopen': {
    input: z.strictObject({
      id: s.id,
      reason: z
        .string()
        .trim()
        .min(10, 'Give a reason of at least 10 characters; it is kept with the period.')
        .max(1000),
    }),
    output: s.signedPeriod,
  },
  'rules.packs': { input: none, output: z.array(rulePack.extend({ builtin: z.boolean() })) },
  'rules.saveCustom': { input: z.strictObject({ pack: rulePack }), output: rulePack },
  'rules.evaluate': { input: z.strictObject({ superviseeId: s.id }), output: ruleEvaluation },
  'backup.restore': {
    input: z.strictObject({
      token: s.id,
      passphrase: s.passphrase,
      confirm: z.literal('REPLACE', { message: 'Type REPLACE to confirm replacing the open vault.' }),
    }),
    output: s.vaultStatus,
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Channels = typeof channels;
export type ChannelInput<N extends ChannelName> = z.input<Channels[N]['input']>;
export type ChannelParsedInput<N extends ChannelName> = z.output<Channels[N]['input']>;
export type ChannelOutput<N extends ChannelName> = z.output<Channels[N]['output']>;

type Namespace<N> = N extends `${infer NS}.${string}` ? NS : never;
type Method<N, NS extends string> = N extends `${NS}.${infer M}` ? M : never;

// The shape of window.api: api.supervisees.list(input) -> Promise<Result<Supervisee[]>>.
export type AllianceApi = {
  [NS in Namespace<ChannelName>]: {
    [N in ChannelName as Method<N, NS>]: (input: ChannelInput<N>) => Promise<Result<ChannelOutput<N>>>;
  };
} & {
  events: { onVaultLocked(listener: (reason: import('./channel-names').LockReason) => void): () => void };
};
