// Every part of main that answers channels: the services that keep no records of their own, then the
// features (features.ts). The handler table (app/handlers.ts) and the IPC fuzzer's requests
// (app/channel-examples.ts) are built by looping over this list; a new feature joins it by its one
// line in features.ts.
import { archiveChannels, archiveExamples } from '../contract/archive';
import { exchangeChannels, exchangeExamples } from '../contract/exchange';
import { auditChannels, auditExamples } from '../contract/audit';
import { backupChannels, backupsExamples } from '../contract/backups';
import { dataTransferChannels, transferExamples } from '../contract/data-transfer';
import { draftChannels, draftsExamples } from '../contract/drafts';
import { hoursChannels, hoursExamples } from '../contract/hours';
import { ruleChannels, rulesExamples } from '../contract/rules';
import { searchChannels, searchExamples } from '../contract/search';
import { settingsChannels, settingsExamples } from '../contract/settings';
import { historyChannels, historyExamples } from '../contract/history';
import { timelineChannels, timelineExamples } from '../contract/timeline';
import { vaultChannels, vaultExamples } from '../contract/vault';
import { weekChannels, weekExamples } from '../contract/week';
import { archiveHandlers } from './archive/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backups/handlers';
import { dataTransferHandlers } from './data-transfer/handlers';
import { draftHandlers } from './drafts/handlers';
import { FEATURES } from './features';
import { hoursHandlers } from './hours/handlers';
import { defineModule } from './module';
import { ruleHandlers } from './rules/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { historyHandlers } from './history/handlers';
import { timelineHandlers } from './timeline/handlers';
import { vaultHandlers } from './vault/handlers';
import { weekHandlers } from './week/handlers';

// The services: the vault itself, the engines over every feature's records (search, the timeline,
// the JSON format), and the views and settings that read across features.
export const SERVICES = [
  defineModule({
    name: 'vault',
    channels: vaultChannels,
    handlers: ({ vault }) => vaultHandlers(vault),
    examples: vaultExamples,
  }),
  defineModule({
    name: 'hours',
    channels: hoursChannels,
    handlers: ({ db, files }) => hoursHandlers(db, files),
    examples: hoursExamples,
  }),
  defineModule({
    name: 'drafts',
    channels: draftChannels,
    handlers: ({ db }) => draftHandlers(db),
    examples: draftsExamples,
  }),
  defineModule({
    name: 'search',
    channels: searchChannels,
    handlers: ({ db }) => searchHandlers(db),
    examples: searchExamples,
  }),
  defineModule({
    name: 'timeline',
    channels: timelineChannels,
    handlers: ({ db }) => timelineHandlers(db),
    examples: timelineExamples,
  }),
  defineModule({
    name: 'week',
    channels: weekChannels,
    handlers: ({ db }) => weekHandlers(db),
    examples: weekExamples,
  }),
  defineModule({
    name: 'rules',
    channels: ruleChannels,
    handlers: ({ db }) => ruleHandlers(db),
    examples: rulesExamples,
  }),
  defineModule({
    name: 'history',
    channels: historyChannels,
    handlers: ({ db, files }) => historyHandlers(db, files),
    examples: historyExamples,
  }),
  defineModule({
    name: 'settings',
    channels: settingsChannels,
    handlers: ({ db }) => settingsHandlers(db),
    examples: settingsExamples,
  }),
  defineModule({
    name: 'backups',
    channels: backupChannels,
    handlers: ({ backups }) => backupHandlers(backups),
    examples: backupsExamples,
  }),
  defineModule({
    name: 'audit',
    channels: auditChannels,
    handlers: ({ db, files }) => auditHandlers(db, files),
    examples: auditExamples,
  }),
  defineModule({
    name: 'archive',
    channels: archiveChannels,
    handlers: ({ vault, files }) => archiveHandlers(vault, files),
    examples: archiveExamples,
  }),
  defineModule({
    name: 'exchange',
    channels: exchangeChannels,
    handlers: ({ db, files }) => exchangeHandlers(db, files),
    examples: exchangeExamples,
  }),
  defineModule({
    name: 'data-transfer',
    channels: dataTransferChannels,
    handlers: ({ db, files, vault }) => dataTransferHandlers(db, files, vault),
    examples: transferExamples,
  }),
] as const;

export const MODULES = [...SERVICES, ...FEATURES] as const;
