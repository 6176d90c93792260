// How long this supervisee's records are kept, on their page: the keep-until date and where it comes
// from, an extension with its reason, a legal hold that stops the clock, and, once the date has come,
// deletion for good (after which the supervisees list says what older backups still hold them).
import { useState } from 'react';
import type { RetentionStatus } from '../../../../src-main/contract/retention';
import { useRead } from '../../api/queries';
import { dateText } from '../../app/format';
import { DeleteForm, ExtendForm, HoldForm, LiftHold } from './retention-forms';

type Open = null | 'extend' | 'hold' | 'delete';

function origin(r: RetentionStatus): string {
  const why =
    r.packYears !== null && r.packYears >= r.ownYears
      ? `${r.years} years, as the rule pack asks`
      : `${r.years} years, your setting in Settings` + (r.packYears !== null ? ` (the pack asks ${r.packYears})` : '');
  if (!r.supervisionEnd) return `Kept while supervision continues; once it ends, for ${why}.`;
  return `Supervision ended ${dateText(r.supervisionEnd)}; kept for ${why}.`;
}

export function RetentionCard(props: { superviseeId: string; name: string }) {
  const r = useRead('retention.get', { superviseeId: props.superviseeId }).data;
  const [open, setOpen] = useState<Open>(null);
  if (!r) return null;
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">Keeping these records</h2>
      <p data-testid="keep-until">
        {r.keepUntil ? (
          <>
            Kept until <strong>{dateText(r.keepUntil)}</strong>
            {r.extendedUntil === r.keepUntil ? ' (extended)' : ''}.
          </>
        ) : (
          'No keep-until date yet.'
        )}
      </p>
      <p className="muted">{origin(r)}</p>
      {r.extendedUntil === r.keepUntil && r.extensionReason ? (
        <p className="muted">Extended because: {r.extensionReason}</p>
      ) : null}
      {r.hold ? (
        <div className="alert warn" role="status">
          Legal hold since {dateText(r.hold.since)}: {r.hold.reason}. The clock is stopped and nothing can be deleted.
        </div>
      ) : null}
      {r.state === 'due' ? (
        <div className="alert warn" role="status">
          These records have reached their keep-until date. Hand {props.name} their archive (below), extend the date, or
          delete the records for good.
        </div>
      ) : null}
      {open === 'extend' ? <ExtendForm r={r} onDone={() => setOpen(null)} /> : null}
      {open === 'hold' ? <HoldForm r={r} onDone={() => setOpen(null)} /> : null}
      {open === 'delete' ? <DeleteForm r={r} onDone={() => setOpen(null)} /> : null}
      {open === null ? (
        <div className="actions">
          {r.keepUntil ? (
            <button type="button" onClick={() => setOpen('extend')}>
              Extend…
            </button>
          ) : null}
          {r.hold ? (
            <LiftHold r={r} />
          ) : (
            <button type="button" onClick={() => setOpen('hold')}>
              Place a legal hold…
            </button>
          )}
          {r.state === 'due' ? (
            <button type="button" className="danger" onClick={() => setOpen('delete')}>
              Delete for good…
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
