import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../api/client';
import { Brand } from '../components/Brand';
import { TextField } from '../components/Field';
import { NewPassphraseField } from '../components/PassphraseField';

export function RecoverScreen(props: { onRecovered: () => void; onCancel: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (passphrase !== confirm) {
      setError({ field: 'confirm', message: 'The two passphrases are different.' });
      return;
    }
    setBusy(true);
    setError(null);
    const r = await api.vault.recover({ recoveryKey, newPassphrase: passphrase });
    setBusy(false);
    if (r.ok) props.onRecovered();
    else setError(r.error.code === 'crypto' ? { field: 'recoveryKey', message: r.error.message } : fieldError(r.error));
  }

  return (
    <main className="gate">
      <form className="gate-card" onSubmit={(e) => void submit(e)} aria-labelledby="recover-title">
        <Brand />
        <h1 id="recover-title">Unlock with your recovery key</h1>
        <p className="muted">
          Enter the recovery key you stored when you created the vault, then choose a new passphrase.
        </p>
        <TextField
          label="Recovery key"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
          error={error?.field === 'recoveryKey' ? error.message : null}
        />
        <NewPassphraseField
          label="New passphrase"
          value={passphrase}
          onChange={setPassphrase}
          error={error?.field === 'newPassphrase' ? error.message : null}
        />
        <TextField
          label="Confirm new passphrase"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={error?.field === 'confirm' ? error.message : null}
        />
        {error && !['recoveryKey', 'newPassphrase', 'confirm'].includes(error.field ?? '') ? (
          <div className="alert error" role="alert">
            {error.message}
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Unlock and set passphrase
          </button>
          <button type="button" onClick={props.onCancel}>
            Back
          </button>
        </div>
      </form>
    </main>
  );
}
