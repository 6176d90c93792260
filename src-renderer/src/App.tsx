// Top-level state: which vault screen to show. Clinical data lives only inside AppFrame, so
// locking (which unmounts it) drops everything the renderer had loaded.
import { useCallback, useEffect, useState } from 'react';
import { onLocked } from './api/client';
import { attempt, queryClient } from './api/queries';
import { applyTheme } from './theme';
import { AppFrame } from './app/AppFrame';
import { CreateVaultScreen } from './features/vault/CreateVaultScreen';
import { RecoverScreen } from './features/vault/RecoverScreen';
import { RecoveryKeyScreen } from './features/vault/RecoveryKeyScreen';
import { UnlockScreen } from './features/vault/UnlockScreen';

type Screen =
  | { name: 'loading' }
  | { name: 'create' }
  | { name: 'recovery-key'; key: string }
  | { name: 'unlock'; reason: string | null }
  | { name: 'recover' }
  | { name: 'app' }
  | { name: 'error'; message: string };

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });

  useEffect(() => {
    void attempt('vault.status', {}).then((r) => {
      if (!r.ok) setScreen({ name: 'error', message: r.error.message });
      else if (r.value.state === 'none') setScreen({ name: 'create' });
      else if (r.value.state === 'locked') setScreen({ name: 'unlock', reason: null });
      else setScreen({ name: 'app' });
    });
    return onLocked((reason) => {
      // Nothing read from the vault outlives the unlock it was read in.
      queryClient.clear();
      applyTheme('system');
      setScreen({ name: 'unlock', reason });
    });
  }, []);

  const lock = useCallback((reason: string) => {
    queryClient.clear();
    applyTheme('system');
    setScreen({ name: 'unlock', reason: reason === 'user' ? null : reason });
  }, []);

  switch (screen.name) {
    case 'loading':
      return (
        <p className="muted" role="status" style={{ padding: '2rem' }}>
          Opening Alliance…
        </p>
      );
    case 'error':
      return (
        <div className="alert error" role="alert">
          {screen.message}
        </div>
      );
    case 'create':
      return <CreateVaultScreen onCreated={(key) => setScreen({ name: 'recovery-key', key })} />;
    case 'recovery-key':
      return <RecoveryKeyScreen recoveryKey={screen.key} onDone={() => setScreen({ name: 'app' })} />;
    case 'unlock':
      return (
        <UnlockScreen
          lockReason={screen.reason}
          onUnlocked={() => setScreen({ name: 'app' })}
          onRecover={() => setScreen({ name: 'recover' })}
          onSetAside={() => setScreen({ name: 'create' })}
        />
      );
    case 'recover':
      return (
        <RecoverScreen
          onRecovered={() => setScreen({ name: 'app' })}
          onCancel={() => setScreen({ name: 'unlock', reason: null })}
        />
      );
    case 'app':
      return <AppFrame onLock={lock} onTheme={applyTheme} />;
  }
}
