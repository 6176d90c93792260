import { attempt } from '../../api/queries';
import { useState, type FormEvent } from 'react';
import { Brand } from '../../components/Brand';
import { NewPassphrasePair } from '../../components/PassphraseField';
import { ErrorAlert } from '../../components/Alert';
import { VAULT_ROLES, type VaultRole } from '../../../../src-main/contract/exchange';
import { VAULT_ROLE_CHOICES } from '../settings/vault-role';

export function CreateVaultScreen(props: { onCreated: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'empty' | 'sample' | null>(null);
  const [role, setRole] = useState<VaultRole>('supervisor');

  async function create(sampleData: boolean) {
    if (passphrase !== confirm) {
      setError('The two passphrases are different.');
      return;
    }
    setBusy(sampleData ? 'sample' : 'empty');
    setError(null);
    const r = await attempt('vault.create', { passphrase, sampleData, role });
    setBusy(null);
    if (r.ok) props.onCreated(r.value.recoveryKey);
    else setError(r.error.message);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void create(false);
  }

  return (
    <main className="gate">
      <form className="gate-card" onSubmit={submit} aria-labelledby="create-title">
        <Brand />
        <h1 id="create-title">Create your vault</h1>
        <p className="muted">
          Everything you record stays on this computer, encrypted with a key that only your passphrase (or your recovery
          key) can open. There is no account and no server to reset it for you.
        </p>
        <NewPassphrasePair
          label="Passphrase"
          value={passphrase}
          confirm={confirm}
          onChange={setPassphrase}
          onConfirm={setConfirm}
          autoFocus
        />
        <fieldset className="plain">
          <legend>Whose vault is this?</legend>
          {VAULT_ROLES.map((r) => (
            <label className="checkbox" key={r}>
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {VAULT_ROLE_CHOICES[r]}
            </label>
          ))}
        </fieldset>
        <ErrorAlert message={error} />
        {busy ? (
          <div className="alert info" role="status">
            Creating the vault and deriving its key. This takes about a second.
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy !== null}>
            Create vault
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void create(true)}>
            Explore with sample data
          </button>
        </div>
      </form>
    </main>
  );
}
