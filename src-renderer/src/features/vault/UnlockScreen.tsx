import { attempt } from '../../api/queries';
import { useEffect, useState, type FormEvent } from 'react';
import { Brand } from '../../components/Brand';
import { PasswordField } from '../../components/Field';
import { InfoAlert } from '../../components/Alert';
import { UnopenableVault } from './UnopenableVault';

const LOCK_MESSAGES: Record<string, string> = {
  idle: 'Alliance locked itself after a period without activity.',
  suspend: 'Alliance locked itself when the computer went to sleep.',
  'lock-screen': 'Alliance locked itself when the screen was locked.',
  expired: 'The vault was locked. Unlock it to continue.',
};

export function UnlockScreen(props: {
  lockReason: string | null;
  onUnlocked: () => void;
  onRecover: () => void;
  onSetAside: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The passphrase was right (or never asked) but the files cannot be opened: damage, not a guess.
  const [unopenable, setUnopenable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [waitMs, setWaitMs] = useState(0);
  // Quick unlock is offered only while the keychain holds a key that has not expired.
  const [quick, setQuick] = useState(false);

  useEffect(() => {
    void attempt('vault.status', {}).then((r) => r.ok && setWaitMs(r.value.retryDelayMs));
    void attempt('vault.quickUnlockStatus', {}).then((r) => r.ok && setQuick(r.value.enabled));
  }, []);

  async function unlockWithKeychain() {
    setBusy(true);
    setError(null);
    const r = await attempt('vault.unlockWithKeychain', {});
    setBusy(false);
    if (r.ok) {
      props.onUnlocked();
      return;
    }
    // Expired or refused: the keychain's key is gone, and the passphrase is asked for in its place.
    setQuick(false);
    setError(r.error.message);
    setUnopenable(r.error.code === 'io');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await attempt('vault.unlock', { passphrase });
    setBusy(false);
    if (r.ok) {
      setPassphrase('');
      props.onUnlocked();
      return;
    }
    setError(r.error.message);
    setUnopenable(r.error.code === 'io' || r.error.code === 'not_found');
    const s = await attempt('vault.status', {});
    if (s.ok) setWaitMs(s.value.retryDelayMs);
  }

  const reason = props.lockReason ? LOCK_MESSAGES[props.lockReason] : null;
  return (
    <main className="gate">
      <form className="gate-card" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-title">
        <Brand />
        <h1 id="unlock-title">Unlock your vault</h1>
        <InfoAlert message={reason} />
        {quick ? (
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void unlockWithKeychain()}>
              Unlock with the system keychain
            </button>
          </div>
        ) : null}
        <PasswordField
          label="Passphrase"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={error}
        />
        {waitMs > 0 ? (
          <div className="alert warn" role="status">
            After several wrong attempts, the next one waits {Math.round(waitMs / 1000)} seconds before it is checked.
          </div>
        ) : null}
        {busy ? (
          <div className="hint" role="status">
            Checking…
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || passphrase.length === 0}>
            Unlock
          </button>
          <button type="button" className="link" onClick={props.onRecover}>
            Forgot your passphrase? Use the recovery key
          </button>
        </div>
      </form>
      {unopenable ? <UnopenableVault onRestored={props.onUnlocked} onSetAside={props.onSetAside} /> : null}
    </main>
  );
}
