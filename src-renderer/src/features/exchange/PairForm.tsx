// Pairing: their identity card, chosen with the file dialog, then the fingerprint they read aloud,
// typed back. A card with new keys for someone already paired waits here until it is confirmed.
import { useState, type FormEvent } from 'react';
import type { CardPreview, PeerView } from '../../../../src-main/contract/exchange';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { attempt } from '../../api/queries';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';

export function PairForm(props: { superviseeId: string; name: string; own: string; peer: PeerView | null }) {
  const [card, setCard] = useState<CardPreview | null>(null);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function choose() {
    const r = await attempt('exchange.chooseCard', {});
    if (!r.ok) setErrors(formErrors(r.error, []));
    else if (r.value) {
      setCard(r.value);
      setErrors(NO_ERRORS);
    }
  }

  async function confirm(e: FormEvent) {
    e.preventDefault();
    if (!card) return;
    const r = await attempt('exchange.pair', {
      token: card.token,
      superviseeId: props.superviseeId,
      fingerprint: typed,
      confirmChange: props.peer?.changed ?? false,
    });
    setErrors(r.ok ? NO_ERRORS : formErrors(r.error, ['fingerprint']));
  }

  return (
    <>
      {props.peer?.changed ? (
        <div className="alert warn" role="alert">
          A card with new keys arrived for {props.peer.name}. Nothing from those keys is accepted until you confirm
          their new fingerprint with them, in person or on the phone. Ask whether they set up a new vault.
        </div>
      ) : (
        <p className="muted">
          Not paired yet. Swap identity cards with {props.name} (any way: e-mail, USB), then read your fingerprints to
          each other.
        </p>
      )}
      <p>
        Yours, to read to them: <span className="fingerprint">{props.own}</span>
      </p>
      {card ? (
        <form onSubmit={(e) => void confirm(e)} noValidate>
          <p>
            Card of {card.name} ({card.role}). Ask them to read their fingerprint aloud, and type what you hear.
          </p>
          <TextField
            label="Their fingerprint, as they read it"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setTyped(e.target.value)}
            error={errors.field('fingerprint')}
          />
          <div className="actions">
            <button type="submit">{props.peer?.changed ? 'Confirm the new fingerprint' : 'Pair'}</button>
            <button type="button" onClick={() => setCard(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => void choose()}>
            Choose their identity card…
          </button>
        </div>
      )}
      <ErrorAlert message={errors.general} />
    </>
  );
}
