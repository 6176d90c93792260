import { useEffect, useId, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../src-main/contract/common';
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
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
      />
      <div className="strength" aria-hidden="true">
        <span style={{ width: `${props.value && score !== null ? (score + 1) * 20 : 0}%` }} />
      </div>
      <div id={`${id}-hint`} className="hint" aria-live="polite">
        {length === 0
          ? `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words make a strong, memorable passphrase.`
          : tooShort
            ? `${MIN_PASSPHRASE_LENGTH - length} more character${MIN_PASSPHRASE_LENGTH - length === 1 ? '' : 's'} needed.`
            : score === null
              ? 'Checking strength…'
              : `Strength: ${STRENGTH_LABELS[score]}.${score < 3 ? ' Add another unrelated word to make it stronger.' : ''}`}
      </div>
      {props.error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}
