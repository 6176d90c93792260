import type { backupChannels } from '../../contract/backups';
import type { HandlersFor } from '../../contract/channel-table';
import type { BackupService } from './backup-service';

export function backupHandlers(backups: BackupService): HandlersFor<typeof backupChannels> {
  return {
    'backup.status': () => backups.status(),
    'backup.chooseFolder': () => backups.chooseFolder(),
    'backup.now': () => {
      const { name, createdAt, bytes } = backups.now();
      return { name, createdAt, bytes };
    },
    'backup.pick': () => backups.pick(),
    'backup.restore': (i) => backups.restore(i.token, i.passphrase),
    'backup.pickWhenLocked': () => backups.pickWhenLocked(),
    'backup.restoreWhenLocked': (i) => backups.restoreWhenLocked(i.token, i.passphrase),
  };
}
