import { useState, type FormEvent } from 'react';
import { THEMES, type Theme } from '../../../../src-main/contract/enums';
import type { Settings } from '../../../../src-main/contract/settings';
import { attempt, RequestFailed, setRead, useWrite } from '../../api/queries';
import { formErrors, NO_ERRORS, oneFieldError, type FormErrors } from '../../api/form-errors';
import { PasswordField, TextField } from '../../components/Field';
import { NewPassphrasePair } from '../../components/PassphraseField';
import { ArchiveCard } from '../archive/ArchiveCard';
import { IdentityCard } from '../exchange/IdentityCard';
import { AuditCard } from '../audit/AuditCard';
import { BackupsCard } from '../backups/BackupsCard';
import { DataFileCard } from '../data-transfer/DataFileCard';
import { CustomRulePackCard } from '../rules/CustomRulePackCard';
import { RetentionSetting } from '../retention/RetentionSetting';
import { ErrorAlert } from '../../components/Alert';
import { QuickUnlockCard } from '../vault/QuickUnlockCard';
import { VAULT_ROLES, type VaultRole } from '../../../../src-main/contract/exchange';
import { VAULT_ROLE_CHOICES } from './vault-role';

const THEME_LABELS: Record<Theme, string> = { system: 'Match the system', light: 'Light', dark: 'Dark' };

export function SettingsView(props: { settings: Settings; onLock: () => void; onRestored: () => void }) {
  const [minutes, setMinutes] = useState(String(props.settings.autoLockMinutes));
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [passphraseChanges, setPassphraseChanges] = useState(0);
  // Shown at once; put back if saving fails.
  const [theme, setTheme] = useState<Theme>(props.settings.theme);
  const [role, setRole] = useState<VaultRole>(props.settings.vaultRole);
  // The frame reads settings from the cache: the theme and idle timer follow at once.
  const write = useWrite('settings.update', (saved) => setRead('settings.get', {}, saved));

  async function chooseTheme(t: Theme) {
    const previous = theme;
    setTheme(t);
    if (!(await update({ theme: t }))) setTheme(previous);
  }

  async function chooseRole(r: VaultRole) {
    const previous = role;
    setRole(r);
    if (!(await update({ vaultRole: r }))) setRole(previous);
  }

  async function update(patch: Omit<Partial<Settings>, 'backupFolder'>): Promise<boolean> {
    try {
      await write.mutateAsync(patch);
      setSaved('Saved.');
      return true;
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
      setMinutesError(e.error.message);
      return false;
    }
  }

  async function saveMinutes(e: FormEvent) {
    e.preventDefault();
    setMinutesError(null);
    const n = Number(minutes);
    if (!Number.isInteger(n)) {
      setMinutesError('Enter a whole number of minutes.');
      return;
    }
    await update({ autoLockMinutes: n });
  }

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <div className="card">
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>
            <h2>Appearance</h2>
          </legend>
          {THEMES.map((t) => (
            <label className="checkbox" key={t}>
              <input type="radio" name="theme" value={t} checked={theme === t} onChange={() => void chooseTheme(t)} />
              {THEME_LABELS[t]}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="card">
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>
            <h2>Whose vault this is</h2>
          </legend>
          {VAULT_ROLES.map((r) => (
            <label className="checkbox" key={r}>
              <input
                type="radio"
                name="vault-role"
                value={r}
                checked={role === r}
                onChange={() => void chooseRole(r)}
              />
              {VAULT_ROLE_CHOICES[r]}
            </label>
          ))}
        </fieldset>
      </div>
      <form className="card" onSubmit={(e) => void saveMinutes(e)} aria-labelledby="autolock-title" noValidate>
        <h2 id="autolock-title">Auto-lock</h2>
        <TextField
          label="Lock after this many minutes without activity"
          type="number"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={minutesError}
          hint="Alliance also locks when the computer sleeps or the screen locks."
        />
        <div className="actions">
          <button type="submit">Save auto-lock</button>
          <button type="button" onClick={props.onLock}>
            Lock now
          </button>
          {saved ? (
            <span className="muted" role="status">
              {saved}
            </span>
          ) : null}
        </div>
      </form>
      <ChangePassphraseCard onChanged={() => setPassphraseChanges((n) => n + 1)} />
      {/* A new passphrase deletes quick unlock's sealed key: the card is read again. */}
      <QuickUnlockCard key={passphraseChanges} />
      <CustomRulePackCard />
      <BackupsCard onRestored={props.onRestored} />
      <DataFileCard />
      <RetentionSetting settings={props.settings} />
      <IdentityCard />
      <ArchiveCard
        superviseeId={null}
        title="Archive file of everything"
        intro={
          'One HTML file that any current web browser opens, with no network and nothing to install, long ' +
          "after Alliance is gone. Every supervisee's records are inside it, encrypted."
        }
      />
      <AuditCard />
    </section>
  );
}

function ChangePassphraseCard(props: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (next !== confirm) {
      setErrors(oneFieldError('confirm', 'The two new passphrases are different.'));
      return;
    }
    setBusy(true);
    const r = await attempt('vault.changePassphrase', { current, next });
    setBusy(false);
    if (r.ok) {
      props.onChanged();
      setErrors(NO_ERRORS);
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirm('');
    } else
      setErrors(
        r.error.code === 'crypto'
          ? oneFieldError('current', r.error.message)
          : formErrors(r.error, ['current', 'next', 'confirm']),
      );
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="passphrase-title" noValidate>
      <h2 id="passphrase-title">Change passphrase</h2>
      <p className="muted">
        Your data is not re-encrypted; only the key that opens it is re-wrapped. Your recovery key stays the same.
      </p>
      <PasswordField
        label="Current passphrase"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={errors.field('current')}
      />
      <NewPassphrasePair
        label="New passphrase"
        value={next}
        confirm={confirm}
        onChange={setNext}
        onConfirm={setConfirm}
        error={errors.field('next')}
        confirmError={errors.field('confirm')}
      />
      <ErrorAlert message={errors.general} />
      {done ? (
        <div className="alert info" role="status">
          Passphrase changed.
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}
