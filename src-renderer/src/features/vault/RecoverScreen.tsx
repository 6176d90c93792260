import { attempt } from '../../api/queries';
import { useState, type FormEvent } from 'react';
import { formErrors, NO_ERRORS, oneFieldError, type FormErrors } from '../../api/form-errors';
import { Brand } from '../../components/Brand';
import { TextField } from '../../components/Field';
import { NewPassphrasePair } from '../../components/PassphraseField';
import { ErrorAlert } from '../../components/Alert';

export function RecoverScreen(props: { onRecovered: () => void; onCancel: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (passphrase !== confirm) {
      setErrors(oneFieldError('confirm', 'The two passphrases are different.'));
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    const r = await attempt('vault.recover', { recoveryKey, newPassphrase: passphrase });
    setBusy(false);
    if (r.ok) props.onRecovered();
    else
      setErrors(
        r.error.code === 'crypto'
          ? oneFieldError('recoveryKey', r.error.message)
          : formErrors(r.error, ['recoveryKey', 'newPassphrase', 'confirm']),
      );
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
          error={errors.field('recoveryKey')}
        />
        <NewPassphrasePair
          label="New passphrase"
          value={passphrase}
          confirm={confirm}
          onChange={setPassphrase}
          onConfirm={setConfirm}
          error={errors.field('newPassphrase')}
          confirmError={errors.field('confirm')}
        />
        <ErrorAlert message={errors.general} />
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
