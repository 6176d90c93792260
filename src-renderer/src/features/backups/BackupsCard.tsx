// Settings > Backups: where, how often, how many; back up now; restore over the open vault.
import { useState, type FormEvent } from 'react';
import { momentText } from '../../app/format';
import { attempt, invalidate, queryClient, setRead, useRead } from '../../api/queries';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { PasswordField, TextField } from '../../components/Field';
import { InfoAlert } from '../../components/Alert';
import { FormActions } from '../../components/FormActions';
import { Table } from '../../components/Table';

function size(bytes: number): string {
  return bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

export function BackupsCard(props: { onRestored: () => void }) {
  const status = useRead('backup.status', {}).data;
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The saved schedule until the user types in a box.
  const [typedInterval, setIntervalHours] = useState<string | null>(null);
  const [typedKeep, setKeep] = useState<string | null>(null);
  const interval = typedInterval ?? String(status?.intervalHours ?? '');
  const keep = typedKeep ?? String(status?.keep ?? '');
  const [picked, setPicked] = useState<{ token: string; name: string; createdAt: string; records: number } | null>(
    null,
  );
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [scheduleError, setScheduleError] = useState<FormErrors>(NO_ERRORS);

  // A backup changes the folder's listing, which is files, not a table: read again here (the security
  // log is refreshed from the tables it wrote).
  const refresh = () => invalidate('backup.status');

  async function chooseFolder() {
    await attempt('backup.chooseFolder', {}, (status) => setRead('backup.status', {}, status));
  }

  async function backUpNow() {
    setBusy('Backing up and checking the copy…');
    setMessage(null);
    const r = await attempt('backup.now', {});
    setBusy(null);
    setMessage(
      r.ok
        ? { kind: 'info', text: `Backed up (${size(r.value.bytes)}), encrypted and verified.` }
        : { kind: 'error', text: r.error.message },
    );
    await refresh();
  }

  async function saveSchedule(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await attempt(
      'settings.update',
      { backupIntervalHours: Number(interval), backupKeep: Number(keep) },
      (saved) => setRead('settings.get', {}, saved),
    );
    const errors = r.ok ? NO_ERRORS : formErrors(r.error, ['backupIntervalHours', 'backupKeep']);
    setScheduleError(errors);
    if (r.ok) setMessage({ kind: 'info', text: 'Schedule saved.' });
    else if (errors.general) setMessage({ kind: 'error', text: errors.general });
  }

  async function pick() {
    setRestoreError(null);
    const r = await attempt('backup.pick', {});
    if (!r.ok) setMessage({ kind: 'error', text: r.error.message });
    else if (r.value.token) {
      const records = Object.entries(r.value.counts)
        .filter(([t]) => !t.startsWith('__'))
        .reduce((n, [, c]) => n + c, 0);
      setPicked({ token: r.value.token, name: r.value.name, createdAt: r.value.createdAt, records });
    }
  }

  async function restore(e: FormEvent) {
    e.preventDefault();
    if (!picked) return;
    setBusy('Restoring and checking the backup…');
    const r = await attempt('backup.restore', { token: picked.token, passphrase, confirm: confirm as 'REPLACE' });
    setBusy(null);
    if (r.ok) {
      // Every record on screen came from the vault that was just replaced.
      queryClient.clear();
      props.onRestored();
    } else setRestoreError(r.error.message);
  }

  if (!status)
    return (
      <div className="card">
        <h2>Backups</h2>
        <p className="muted">Loading…</p>
      </div>
    );
  return (
    <div className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p className="muted">Backups stay encrypted with your vault’s key and are checked after they are written.</p>
      <p>
        Folder: {status.folder ? <code>{status.folder}</code> : <span className="muted">not chosen yet</span>}{' '}
        <button type="button" onClick={() => void chooseFolder()}>
          {status.folder ? 'Change folder…' : 'Choose folder…'}
        </button>
      </p>
      <form onSubmit={(e) => void saveSchedule(e)} className="grid-2" noValidate>
        <TextField
          label="Back up every (hours)"
          type="number"
          min={1}
          max={168}
          value={interval}
          onChange={(e) => setIntervalHours(e.target.value)}
          error={scheduleError.field('backupIntervalHours')}
        />
        <TextField
          label="Backups to keep"
          type="number"
          min={1}
          max={100}
          value={keep}
          onChange={(e) => setKeep(e.target.value)}
          error={scheduleError.field('backupKeep')}
        />
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="submit">Save schedule</button>
          <button
            type="button"
            className="primary"
            disabled={!status.folder || busy !== null}
            onClick={() => void backUpNow()}
          >
            Back up now
          </button>
        </div>
      </form>
      <InfoAlert message={busy} />
      {message ? (
        <div className={`alert ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {status.lastError ? (
        <div className="alert error" role="alert">
          Last scheduled backup failed: {status.lastError}
        </div>
      ) : null}
      {status.backups.length ? (
        <Table label="Backups" columns={['Backup', 'Made', 'Size']}>
          {status.backups.map((b) => (
            <tr key={b.name}>
              <td>{b.name}</td>
              <td>{momentText(b.createdAt)}</td>
              <td>{size(b.bytes)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      <h3 style={{ marginTop: '1.25rem' }}>Restore</h3>
      {!picked ? (
        <button type="button" onClick={() => void pick()}>
          Restore from a backup…
        </button>
      ) : (
        <form onSubmit={(e) => void restore(e)} aria-label="Restore from a backup" noValidate>
          <div className="alert warn">
            Restoring replaces the vault you have open with <strong>{picked.name}</strong> ({picked.records} records,
            made {momentText(picked.createdAt)}). The current vault is kept aside in a folder next to it, not deleted.
          </div>
          <PasswordField
            label="Passphrase of that backup"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <TextField
            label="Type REPLACE to confirm"
            autoComplete="off"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={restoreError}
          />
          <FormActions
            submit="Replace the open vault"
            kind="danger"
            busy={confirm !== 'REPLACE' || busy !== null}
            onCancel={() => {
              setPicked(null);
              setConfirm('');
              setPassphrase('');
            }}
          />
        </form>
      )}
    </div>
  );
}
