// Whose vault this is (asked when it is created, changed in Settings): a supervisor's, or a
// supervisee's own. A few screens word themselves for the person using them (docs/exchange.md).
import type { VaultRole } from '../../../../src-main/contract/exchange';
import { useRead } from '../../api/queries';

export const useVaultRole = (): VaultRole => useRead('settings.get', {}).data?.vaultRole ?? 'supervisor';

export const VAULT_ROLE_CHOICES: Record<VaultRole, string> = {
  supervisor: 'A supervisor’s: I supervise trainees or associates',
  supervisee: 'A supervisee’s: I am supervised, and keep my own hours and logs',
};
