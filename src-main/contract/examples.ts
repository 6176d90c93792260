// Every channel's example request, gathered from the features' contract files (for the IPC fuzzer).
// Not imported by the app: the renderer and main never carry them.
import type { ChannelName } from '.';
import type { ExampleIds } from './channel-table';
import { agreementsExamples } from './agreements';
import { allianceExamples } from './alliance';
import { auditExamples } from './audit';
import { backupsExamples } from './backups';
import { transferExamples } from './data-transfer';
import { draftsExamples } from './drafts';
import { frameworksExamples } from './frameworks';
import { growthExamples } from './growth';
import { hoursExamples } from './hours';
import { notesExamples } from './notes';
import { reflectionsExamples } from './reflections';
import { rulesExamples } from './rules';
import { searchExamples } from './search';
import { sessionsExamples } from './sessions';
import { settingsExamples } from './settings';
import { signingExamples } from './signing';
import { superviseesExamples } from './supervisees';
import { timelineExamples } from './timeline';
import { vaultExamples } from './vault';
import { weekExamples } from './week';

const LENDERS = [
  vaultExamples,
  superviseesExamples,
  sessionsExamples,
  hoursExamples,
  signingExamples,
  notesExamples,
  draftsExamples,
  searchExamples,
  reflectionsExamples,
  agreementsExamples,
  frameworksExamples,
  growthExamples,
  allianceExamples,
  timelineExamples,
  weekExamples,
  rulesExamples,
  settingsExamples,
  backupsExamples,
  auditExamples,
  transferExamples,
];

// Typed against the whole table: a channel missing from every lender is a compile error.
export function channelExamples(ids: ExampleIds): Record<ChannelName, Record<string, unknown>> {
  return Object.assign({}, ...LENDERS.map((lend) => lend(ids))) as Record<ChannelName, Record<string, unknown>>;
}
