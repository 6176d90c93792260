// The archive channel: the page never hands main a path; the save dialog chooses where it goes.
import type { archiveChannels } from '../../contract/archive';
import type { HandlersFor } from '../../contract/channel-table';
import { askUser, type FilePort } from '../shared/file-port';
import type { VaultSession } from '../vault/vault-session';
import { exportArchive } from './workflows';

export function archiveHandlers(vault: VaultSession, files: FilePort): HandlersFor<typeof archiveChannels> {
  return {
    'archive.export': (req) =>
      exportArchive(
        () => vault.openVault(),
        askUser(files, () => vault.db()),
        req,
      ),
  };
}
