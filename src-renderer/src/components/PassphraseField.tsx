import { useEffect, useId, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../src-main/contract/common';
import { describedBy, FieldNotes, PasswordField } from './Field';
import { passphraseScore, STRENGTH_LABELS } from './passphrase-strength';

export function NewPassphraseField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  autoFocus?: boolean;
}) {
  const id = useId();
  const length = [...props.value].length;
  const [scored, setScored] = useState<{ value: string; score: number }>({ value: '', score: 0 });
  useEffect(() => {
    let current = true;
    if (props.value)
      void passphraseScore(props.value).then((score) => current && setScored({ value: props.value, score }));
    return () => {
      current = false;
    };
  }, [props.value]);
  // Until the estimate for the current text arrives, show the length hint only.
  const score = scored.value === props.value ? scored.score : null;
  const tooShort = length > 0 && length < MIN_PASSPHRASE_LENGTH;
  const hint = () =>
    length === 0
      ? `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words make a strong, memorable passphrase.`
      : tooShort
        ? `${MIN_PASSPHRASE_LENGTH - length} more character${MIN_PASSPHRASE_LENGTH - length === 1 ? '' : 's'} needed.`
        : score === null
          ? 'Checking strength…'
          : `Strength: ` +
            `${STRENGTH_LABELS[score]}.${score < 3 ? ' Add another unrelated word to make it stronger.' : ''}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, true, props.error)}
      />
      <div className="strength" aria-hidden="true">
        <span style={{ width: `${props.value && score !== null ? (score + 1) * 20 : 0}%` }} />
      </div>
      <FieldNotes id={id} liveHint error={props.error} hint={hint()} />
    </div>
  );
}

// A new passphrase and its confirmation, as creating, recovering and changing all ask for them.
export function NewPassphrasePair(props: {
  label: string;
  value: string;
  confirm: string;
  onChange: (v: string) => void;
  onConfirm: (v: string) => void;
  error?: string | null;
  confirmError?: string | null;
  autoFocus?: boolean;
}) {
  return (
    <>
      <NewPassphraseField
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        autoFocus={props.autoFocus}
      />
      <PasswordField
        label={`Confirm ${props.label[0]!.toLowerCase()}${props.label.slice(1)}`}
        autoComplete="new-password"
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.target.value)}
        error={props.confirmError}
      />
    </>
  );
}
