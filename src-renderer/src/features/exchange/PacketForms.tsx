// Sending a packet (what, for which days, saved where the person chooses) and opening one: what it
// would add is shown first, and nothing is written until "Receive".
import { useState, type FormEvent } from 'react';
import { KIND_LABELS, KINDS, type PacketKind, type PacketPreview } from '../../../../src-main/contract/exchange';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { attempt } from '../../api/queries';
import { dateText, datesInText } from '../../app/format';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';
import { useMailbox } from './MailboxBanner';
import { useDaysBySigning } from '../signing/use-signing-period';

export function SendForm(props: { superviseeId: string; kinds: PacketKind[] }) {
  const [kind, setKind] = useState<PacketKind>(props.kinds[0]!);
  // The last whole period the rule pack signs by, until the person types other days.
  const { from, to, setFrom, setTo } = useDaysBySigning(props.superviseeId);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const labels = Object.fromEntries(props.kinds.map((k) => [k, KIND_LABELS[k]])) as Record<PacketKind, string>;

  async function send(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const days = KINDS[kind].period ? { from, to } : {};
    const r = await attempt('exchange.send', { superviseeId: props.superviseeId, kind, ...days });
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
      <SelectField label="What" value={kind} onChange={(e) => setKind(e.target.value as PacketKind)}>
        <Options values={props.kinds} labels={labels} />
      </SelectField>
      {KINDS[kind].period ? (
        <div className="grid-2">
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
      ) : null}
      <ErrorAlert message={errors.general} />
      <InfoAlert message={saved} />
      <div className="actions">
        <button type="submit">Save the packet…</button>
      </div>
    </form>
  );
}

export function OpenPacket() {
  const [preview, setPreview] = useState<PacketPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Files in the mailbox that could not be opened: named, so the person can ask for them again.
  const [unopened, setUnopened] = useState<{ name: string; reason: string }[]>([]);

  // The folder chosen once is remembered in the vault: checking it again needs no dialog.
  const watched = useMailbox().data;
  const mailbox = watched?.folder ?? null;

  async function open() {
    setDone(null);
    setUnopened([]);
    const r = await attempt('exchange.open', {});
    if (!r.ok) {
      setPreview(null);
      setError(r.error.message);
    } else {
      setError(null);
      setPreview(r.value);
    }
  }

  // The next new packet in a mailbox folder: chosen once, then checked again with no dialog.
  async function check(again: boolean) {
    setDone(null);
    setUnopened([]);
    const r = await attempt('exchange.openFolder', { again });
    if (!r.ok) {
      setPreview(null);
      setError(r.error.message);
      return;
    }
    setError(null);
    setUnopened(r.value.refused);
    setPreview(r.value.preview);
    if (r.value.folder && !r.value.preview)
      setDone(
        `No new packet for you in ${r.value.folder}` +
          (r.value.passedOver ? ` (${r.value.passedOver} passed over: yours to them, or already received).` : '.'),
      );
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
          <button type="button" onClick={() => void check(false)}>
            Check a mailbox folder…
          </button>
          {mailbox ? (
            <button type="button" onClick={() => void check(true)}>
              Check the folder again
            </button>
          ) : null}
        </div>
      )}
      {mailbox ? (
        <p className="muted" data-testid="mailbox-folder">
          {watched?.missing
            ? `Your mailbox folder, ${mailbox}, cannot be read now: is the drive plugged in, or was it moved? ` +
              'Choose it again with “Check a mailbox folder…”.'
            : `Your mailbox folder, ${mailbox}, is looked at every half minute while Alliance runs.`}
        </p>
      ) : null}
      {unopened.length ? (
        <div className="alert warn" role="alert" data-testid="mailbox-unopened">
          <p>
            {unopened.length === 1
              ? 'One file in the mailbox folder could not be opened. It is left where it is:'
              : `${unopened.length} files in the mailbox folder could not be opened. They are left where they are:`}
          </p>
          <ul>
            {unopened.map((f) => (
              <li key={f.name}>
                {f.name}: {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <InfoAlert message={done} />
    </section>
  );
}
