// A supervisee's page: the exchange with the other person of this supervision. Pairing (their card,
// then the fingerprint they read aloud, typed back), sending a packet, and opening one: what it would
// add is shown first, and nothing is written until "Receive" (docs/exchange.md).
import { useState, type FormEvent } from 'react';
import {
  KIND_LABELS,
  PACKET_KINDS,
  type CardPreview,
  type PacketKind,
  type PacketPreview,
  type PeerView,
  type VaultRole,
} from '../../../../src-main/contract/exchange';
import { previousMonth, localToday } from '../../../../src-main/contract/dates';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { attempt, useRead } from '../../api/queries';
import { dateText, datesInText } from '../../app/format';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';
import { ReceivedList } from './ReceivedList';
import { ReconcileTable } from './ReconcileTable';

const ownRole = (peer: PeerView): VaultRole => (peer.role === 'supervisor' ? 'supervisee' : 'supervisor');
const SENT_BY: Record<PacketKind, VaultRole> = {
  hours: 'supervisee',
  hours_queries: 'supervisor',
  receipt: 'supervisor',
};

export function ExchangeCard(props: { superviseeId: string; name: string }) {
  const status = useRead('exchange.status', { superviseeId: props.superviseeId }).data;
  if (!status) return null;
  const { identity, peer } = status;
  return (
    <section className="card" aria-labelledby="exchange-title">
      <h2 id="exchange-title">Exchange with {peer?.name ?? props.name}</h2>
      {!identity ? (
        <p className="muted">
          To exchange hours and signed receipts with {props.name}, first create your exchange identity in Settings.
        </p>
      ) : !peer || peer.changed ? (
        <PairForm superviseeId={props.superviseeId} name={props.name} own={identity.fingerprint} peer={peer} />
      ) : (
        <Paired superviseeId={props.superviseeId} peer={peer} />
      )}
    </section>
  );
}

function PairForm(props: { superviseeId: string; name: string; own: string; peer: PeerView | null }) {
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

function Paired(props: { superviseeId: string; peer: PeerView }) {
  const { peer } = props;
  const role = ownRole(peer);
  return (
    <>
      <p className="muted">
        Paired with {peer.name}, {peer.role}, since {dateText(peer.confirmedAt.slice(0, 10))}. Fingerprint{' '}
        <span className="fingerprint">{peer.fingerprint}</span>. Packets sent: {peer.sent}; received: {peer.received}.
      </p>
      <SendForm superviseeId={props.superviseeId} kinds={PACKET_KINDS.filter((k) => SENT_BY[k] === role)} />
      <OpenPacket />
      {role === 'supervisor' ? <ReconcileTable superviseeId={props.superviseeId} /> : null}
      <ReceivedList superviseeId={props.superviseeId} />
    </>
  );
}

function SendForm(props: { superviseeId: string; kinds: PacketKind[] }) {
  const month = previousMonth(localToday());
  const [kind, setKind] = useState<PacketKind>(props.kinds[0]!);
  const [from, setFrom] = useState(month.from);
  const [to, setTo] = useState(month.to);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const labels = Object.fromEntries(props.kinds.map((k) => [k, KIND_LABELS[k]])) as Record<PacketKind, string>;

  async function send(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const r = await attempt('exchange.send', { superviseeId: props.superviseeId, kind, from, to });
    if (!r.ok) setErrors(formErrors(r.error, ['from', 'to', 'kind']));
    else {
      setErrors(NO_ERRORS);
      if (r.value.path)
        setSaved(
          `Saved to ${r.value.path}. Only they can open it; send it any way, or let your shared folder carry it.`,
        );
    }
  }

  return (
    <form className="exchange-part" onSubmit={(e) => void send(e)} noValidate aria-labelledby="send-title">
      <h3 id="send-title">Send</h3>
      <div className="grid-3">
        <SelectField label="What" value={kind} onChange={(e) => setKind(e.target.value as PacketKind)}>
          <Options values={props.kinds} labels={labels} />
        </SelectField>
        <TextField
          label="From"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={errors.field('from')}
        />
        <TextField
          label="To"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={errors.field('to')}
        />
      </div>
      <ErrorAlert message={errors.general} />
      <InfoAlert message={saved} />
      <div className="actions">
        <button type="submit">Save the packet…</button>
      </div>
    </form>
  );
}

function OpenPacket() {
  const [preview, setPreview] = useState<PacketPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function open() {
    setDone(null);
    const r = await attempt('exchange.open', {});
    if (!r.ok) {
      setPreview(null);
      setError(r.error.message);
    } else {
      setError(null);
      setPreview(r.value);
    }
  }

  async function receive() {
    if (!preview) return;
    const r = await attempt('exchange.receive', { token: preview.token });
    if (!r.ok) setError(r.error.message);
    else {
      setPreview(null);
      setDone(`Received packet ${r.value.seq} (${KIND_LABELS[r.value.kind].toLowerCase()}).`);
    }
  }

  return (
    <section className="exchange-part" aria-labelledby="open-title">
      <h3 id="open-title">Receive</h3>
      {preview ? (
        <div className="packet-preview" role="region" aria-label="What the packet would add">
          <p>
            Packet {preview.seq} from {preview.from}: {KIND_LABELS[preview.kind].toLowerCase()}
            {preview.period ? `, ${dateText(preview.period.from)} to ${dateText(preview.period.to)}` : ''}.
          </p>
          <ul>
            {preview.lines.map((l, i) => (
              <li key={i}>{datesInText(l)}</li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" onClick={() => void receive()}>
              Receive
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => void open()}>
            Open a packet…
          </button>
        </div>
      )}
      <ErrorAlert message={error} />
      <InfoAlert message={done} />
    </section>
  );
}
