// "Export an archive": one HTML file any browser opens without Alliance, the records encrypted
// inside. It opens with the vault's passphrase or recovery key, or with a passphrase chosen for it
// when it is handed to the supervisee at the end of supervision (their copy of the records).
import { useState, type FormEvent } from 'react';
import type { OPENS_WITH } from '../../../../src-main/contract/archive';
import { formErrors, NO_ERRORS, oneFieldError, type FormErrors } from '../../api/form-errors';
import { attempt } from '../../api/queries';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { NewPassphrasePair } from '../../components/PassphraseField';

type OpensWith = (typeof OPENS_WITH)[number];

export function ArchiveCard(props: { superviseeId: string | null; title: string; intro: string }) {
  const [opensWith, setOpensWith] = useState<OpensWith>('vault');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    if (opensWith === 'passphrase' && passphrase !== confirm) {
      setErrors(oneFieldError('confirm', 'The two passphrases are different.'));
      return;
    }
    setBusy(true);
    const r = await attempt('archive.export', {
      superviseeId: props.superviseeId,
      opensWith,
      passphrase: opensWith === 'passphrase' ? passphrase : null,
    });
    setBusy(false);
    if (!r.ok) {
      setErrors(formErrors(r.error, ['passphrase', 'confirm']));
      return;
    }
    setErrors(NO_ERRORS);
    if (!r.value.path) return;
    setSaved(
      `Saved to ${r.value.path}. ` +
        (opensWith === 'vault'
          ? 'It opens with your vault passphrase or recovery key.'
          : 'It opens with the passphrase you chose: give it to them separately from the file.'),
    );
    setPassphrase('');
    setConfirm('');
  }

  const heading = `${props.superviseeId ?? 'all'}-archive-title`;
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby={heading} noValidate>
      <h2 id={heading}>{props.title}</h2>
      <p className="muted">{props.intro}</p>
      <fieldset className="plain">
        <legend>It opens with</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${heading}-opens`}
            checked={opensWith === 'vault'}
            onChange={() => setOpensWith('vault')}
          />
          My vault passphrase or recovery key
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${heading}-opens`}
            checked={opensWith === 'passphrase'}
            onChange={() => setOpensWith('passphrase')}
          />
          A new passphrase, to give with the file
        </label>
      </fieldset>
      {opensWith === 'passphrase' ? (
        <NewPassphrasePair
          label="Archive passphrase"
          value={passphrase}
          confirm={confirm}
          onChange={setPassphrase}
          onConfirm={setConfirm}
          error={errors.field('passphrase')}
          confirmError={errors.field('confirm')}
        />
      ) : null}
      <ErrorAlert message={errors.general} />
      <InfoAlert message={saved} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Writing the archive… (everything can take a minute)' : 'Export an archive…'}
        </button>
      </div>
    </form>
  );
}
