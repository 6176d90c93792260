import type { HandlersFor } from '../../contract/channel-table';
import type { vaultChannels } from '../../contract/vault';
import type { VaultSession } from './vault-session';

export function vaultHandlers(vault: VaultSession): HandlersFor<typeof vaultChannels> {
  return {
    'vault.status': () => vault.status(),
    'vault.create': (i) => vault.create(i.passphrase, i.sampleData, i.role),
    'vault.unlock': (i) => vault.unlock(i.passphrase),
    'vault.recover': (i) => vault.recover(i.recoveryKey, i.newPassphrase),
    'vault.lock': (i) => vault.lock(i.reason),
    'vault.changePassphrase': async (i) => {
      await vault.changePassphrase(i.current, i.next);
      return { done: true };
    },
    'vault.setAside': () => vault.setAsideUnopenable(),
    'vault.quickUnlockStatus': () => vault.quickUnlockStatus(),
    'vault.quickUnlockOn': (i) => vault.enableQuickUnlock(i.passphrase, i.days),
    'vault.quickUnlockOff': () => vault.disableQuickUnlock(),
    'vault.unlockWithKeychain': () => vault.unlockWithKeychain(),
  };
}
