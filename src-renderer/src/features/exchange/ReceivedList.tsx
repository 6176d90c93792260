// What this vault received from the other person, newest first: on a supervisee's vault, the
// receipts for signed periods (with the SHA-256 both now hold) and their supervisor's questions.
import { KIND_LABELS } from '../../../../src-main/contract/exchange';
import { useRead } from '../../api/queries';
import { dateText, datesInText } from '../../app/format';

export function ReceivedList(props: { superviseeId: string }) {
  const items = useRead('exchange.received', { superviseeId: props.superviseeId }).data;
  if (!items?.length) return null;
  return (
    <section className="exchange-part" aria-labelledby="received-title">
      <h3 id="received-title">Received</h3>
      <ul className="received">
        {items.map((p) => (
          <li key={p.seq} data-testid={p.kind === 'receipt' ? 'receipt' : undefined}>
            <strong>{KIND_LABELS[p.kind]}</strong>
            {p.periodFrom && p.periodTo ? `, ${dateText(p.periodFrom)} to ${dateText(p.periodTo)}` : ''}{' '}
            <span className="muted">
              (packet {p.seq}, received {dateText(p.at.slice(0, 10))})
            </span>
            {p.sha256 ? (
              <p>
                SHA-256 of the signed log: <code className="hash">{p.sha256}</code>
              </p>
            ) : (
              <ul>
                {p.lines.map((l, i) => (
                  <li key={i}>{datesInText(l)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
