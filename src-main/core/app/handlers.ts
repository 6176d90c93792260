// Every feature's handlers in one table. The type (Handlers, from the contract) forces exactly one
// handler per channel; a new feature adds one line here.
import type { Handlers } from '../../contract';
import { auditHandlers } from '../audit/handlers';
import type { BackupService } from '../backups/backup-service';
import { backupHandlers } from '../backups/handlers';
import { dataTransferHandlers } from '../data-transfer/handlers';
import { draftHandlers } from '../drafts/handlers';
import { hoursHandlers } from '../hours/handlers';
import { noteHandlers } from '../notes/handlers';
import { reflectionHandlers } from '../reflections/handlers';
import { agreementHandlers } from '../agreements/handlers';
import { timelineHandlers } from '../timeline/handlers';
import { weekHandlers } from '../week/handlers';
import { allianceHandlers } from '../alliance/handlers';
import { frameworkHandlers } from '../frameworks/handlers';
import { ruleHandlers } from '../rules/handlers';
import { searchHandlers } from '../search/handlers';
import { sessionHandlers } from '../sessions/handlers';
import { settingsHandlers } from '../settings/handlers';
import type { FilePort } from '../shared/file-port';
import { periodHandlers } from '../signing/handlers';
import { superviseeHandlers } from '../supervisees/handlers';
import { vaultHandlers } from '../vault/handlers';
import type { VaultSession } from '../vault/vault-session';

export function createHandlers(vault: VaultSession, files: FilePort, backups: BackupService): Handlers {
  const db = () => vault.db();
  return {
    ...vaultHandlers(vault),
    ...superviseeHandlers(db),
    ...sessionHandlers(db),
    ...hoursHandlers(db, files),
    ...periodHandlers(db),
    ...noteHandlers(db),
    ...draftHandlers(db),
    ...searchHandlers(db),
    ...reflectionHandlers(db, files),
    ...agreementHandlers(db),
    ...frameworkHandlers(db, files),
    ...allianceHandlers(db),
    ...timelineHandlers(db),
    ...weekHandlers(db),
    ...ruleHandlers(db),
    ...settingsHandlers(db),
    ...backupHandlers(backups),
    ...auditHandlers(db, files),
    ...dataTransferHandlers(db, files),
  };
}
