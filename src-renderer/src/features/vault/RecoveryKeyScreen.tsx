import { useState } from 'react';
import { Brand } from '../../components/Brand';

export function RecoveryKeyScreen(props: { recoveryKey: string; onDone: () => void }) {
  const [stored, setStored] = useState(false);
  return (
    <main className="gate">
      <section className="gate-card" aria-labelledby="recovery-title">
        <Brand />
        <h1 id="recovery-title">Your recovery key</h1>
        <p>
          If you forget your passphrase, this key is the only way back into your vault. It is shown once. Print it or
          write it down and keep it somewhere safe, away from this computer.
        </p>
        <p className="recovery-key" aria-label="Recovery key" data-testid="recovery-key">
          {props.recoveryKey}
        </p>
        <div className="actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
        <div className="field" style={{ marginTop: '1rem' }}>
          <label className="checkbox">
            <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />I have stored my
            recovery key somewhere safe.
          </label>
        </div>
        <div className="actions">
          <button type="button" className="primary" disabled={!stored} onClick={props.onDone}>
            Continue to Alliance
          </button>
        </div>
      </section>
    </main>
  );
}
