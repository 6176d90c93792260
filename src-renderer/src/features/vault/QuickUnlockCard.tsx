// Settings: quick unlock through the operating system's keychain, opt-in. Turning it on asks for the
// passphrase again; the passphrase is asked again every N days and after a change; where the
// keychain cannot protect the key (Linux with no keyring) it says why and offers nothing.
import { useEffect, useState, type FormEvent } from 'react';
import type { QuickUnlockStatusShape } from '../../../../src-main/contract/vault';
import { formErrors, NO_ERRORS, oneFieldError, type FormErrors } from '../../api/form-errors';
import { attempt } from '../../api/queries';
import { dateText } from '../../app/format';
import { ErrorAlert } from '../../components/Alert';
import { PasswordField, TextField } from '../../components/Field';

export function QuickUnlockCard() {
  // Read here, not cached: its state lives outside the vault (in the keychain's folder).
  const [s, setS] = useState<QuickUnlockStatusShape | null>(null);
  const load = () => void attempt('vault.quickUnlockStatus', {}).then((r) => r.ok && setS(r.value));
  useEffect(load, []);
  const [passphrase, setPassphrase] = useState('');
  const [days, setDays] = useState('14');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function turnOn(e: FormEvent) {
    e.preventDefault();
    const n = Number(days);
    if (!days.trim() || !Number.isInteger(n)) {
      setErrors(oneFieldError('days', 'Enter a whole number of days.'));
      return;
    }
    setBusy(true);
    const r = await attempt('vault.quickUnlockOn', { passphrase, days: n });
    setBusy(false);
    if (!r.ok) {
      setErrors(
        r.error.code === 'crypto'
          ? oneFieldError('passphrase', r.error.message)
          : formErrors(r.error, ['passphrase', 'days']),
      );
      return;
    }
    setErrors(NO_ERRORS);
    setPassphrase('');
    load();
  }

  async function turnOff() {
    const r = await attempt('vault.quickUnlockOff', {});
    setErrors(r.ok ? NO_ERRORS : formErrors(r.error, []));
    load();
  }

  if (!s) return null;
  return (
    <form className="card" onSubmit={(e) => void turnOn(e)} aria-labelledby="quick-unlock-title" noValidate>
      <h2 id="quick-unlock-title">Quick unlock</h2>
      <p className="muted">
        Unlock with this computer&apos;s keychain instead of typing the passphrase each time. The key is kept by the
        operating system, outside the vault folder, so no copy or backup of the vault carries it.
      </p>
      {!s.available ? (
        <div className="alert warn" role="status">
          {s.reason}
        </div>
      ) : s.enabled ? (
        <>
          <p role="status">
            On. Your passphrase will be asked for again on {dateText(s.expiresAt!.slice(0, 10))} (every {s.days} days),
            and after it changes.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void turnOff()}>
              Turn quick unlock off
            </button>
          </div>
        </>
      ) : (
        <>
          <PasswordField
            label="Passphrase, to turn it on"
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={errors.field('passphrase')}
          />
          <TextField
            label="Ask for the passphrase again after this many days"
            type="number"
            min={1}
            max={90}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            error={errors.field('days')}
          />
          <div className="actions">
            <button type="submit" disabled={busy || !passphrase}>
              {busy ? 'Turning on…' : 'Turn quick unlock on'}
            </button>
          </div>
        </>
      )}
      <ErrorAlert message={errors.general} />
    </form>
  );
}
