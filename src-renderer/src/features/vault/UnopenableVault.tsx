// Shown on the unlock screen when the passphrase was right but the vault cannot be opened (its
// database damaged or missing): the two ways out, neither of which deletes anything. A backup is
// restored in the vault's place (the unopenable folder is kept beside it), or the folder is set
// aside whole and a new vault made.
import { useState, type FormEvent } from 'react';
import { dayText } from '../../../../src-main/contract/dates';
import { PasswordField, TextField } from '../../components/Field';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { attempt } from '../../api/queries';

type Picked = { token: string; name: string; createdAt: string };

export function UnopenableVault(props: { onRestored: () => void; onSetAside: () => void }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [asking, setAsking] = useState<'none' | 'set-aside'>('none');
  const [error, setError] = useState<string | null>(null);
  // A wrong passphrase is said at its field.
  const [passError, setPassError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick() {
    setError(null);
    const r = await attempt('backup.pickWhenLocked', {});
    if (!r.ok) setError(r.error.message);
    else if (r.value.token) setPicked({ token: r.value.token, name: r.value.name, createdAt: r.value.createdAt });
  }

  async function restore(e: FormEvent) {
    e.preventDefault();
    if (!picked) return;
    setBusy(true);
    setError(null);
    setPassError(null);
    const r = await attempt('backup.restoreWhenLocked', { token: picked.token, passphrase });
    setBusy(false);
    if (r.ok) props.onRestored();
    else if (r.error.code === 'crypto') setPassError(r.error.message);
    else setError(r.error.message);
  }

  async function setAside(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const r = await attempt('vault.setAside', { confirm: confirm.trim() as 'SET ASIDE' });
    if (r.ok) props.onSetAside();
    else setError(r.error.message);
  }

  return (
    <section className="gate-card" aria-labelledby="unopenable-title">
      <h2 id="unopenable-title">Ways out</h2>
      <p className="hint">
        Nothing is deleted either way: the files that could not be opened are kept beside the vault.
      </p>
      {picked ? (
        <form onSubmit={(e) => void restore(e)}>
          <InfoAlert message={`Backup made on ${dayText(picked.createdAt.slice(0, 10))} (${picked.name}).`} />
          <PasswordField
            label="Passphrase of that backup"
            hint="The passphrase the vault had when the backup was made."
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={passError}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || passphrase.length === 0}>
              Restore this backup
            </button>
            <button type="button" onClick={() => setPicked(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : asking === 'set-aside' ? (
        <form onSubmit={(e) => void setAside(e)}>
          <TextField
            label="Type SET ASIDE to confirm"
            hint={
              "The vault's folder is renamed (its name then ends in .set-aside- and the date), " +
              'and you can create a new vault.'
            }
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="danger" disabled={confirm.trim() !== 'SET ASIDE'}>
              Set aside and start again
            </button>
            <button type="button" onClick={() => setAsking('none')}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void pick()}>
            Restore from a backup…
          </button>
          <button type="button" onClick={() => setAsking('set-aside')}>
            Set these files aside and start a new vault…
          </button>
        </div>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
