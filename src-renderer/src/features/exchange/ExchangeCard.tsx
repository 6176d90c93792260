// A supervisee's page: the exchange with the other person of this supervision (docs/exchange.md).
// Not paired: the pairing form. Paired: sending, receiving (a preview first), and on a supervisor's
// vault the reconciliation of their hours with yours.
import type { PeerView, VaultRole } from '../../../../src-main/contract/exchange';
import { KINDS, PACKET_KINDS } from '../../../../src-main/contract/exchange';
import { useRead } from '../../api/queries';
import { dateText } from '../../app/format';
import { OpenPacket, SendForm } from './PacketForms';
import { PairForm } from './PairForm';
import { ReceivedList } from './ReceivedList';
import { ReconcileTable } from './ReconcileTable';

const ownRole = (peer: PeerView): VaultRole => (peer.role === 'supervisor' ? 'supervisee' : 'supervisor');

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

function Paired(props: { superviseeId: string; peer: PeerView }) {
  const { peer } = props;
  const role = ownRole(peer);
  return (
    <>
      <p className="muted">
        Paired with {peer.name}, {peer.role}, since {dateText(peer.confirmedAt.slice(0, 10))}. Fingerprint{' '}
        <span className="fingerprint">{peer.fingerprint}</span>. Packets sent: {peer.sent}; received: {peer.received}.
      </p>
      <SendForm superviseeId={props.superviseeId} kinds={PACKET_KINDS.filter((k) => KINDS[k].sentBy === role)} />
      <OpenPacket />
      {role === 'supervisor' ? <ReconcileTable superviseeId={props.superviseeId} /> : null}
      <ReceivedList superviseeId={props.superviseeId} />
    </>
  );
}
