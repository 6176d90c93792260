// The supervision agreement on a supervisee's page: the version in force, how to amend it, and
// every earlier version as it was, with why it changed.
import { useState } from 'react';
import type { Agreement } from '../../../../src-main/contract/agreements';
import { ENDING_STEP_LABELS, MEETING_FREQUENCY_LABELS } from '../../../../src-main/contract/enums';
import { refusalOf } from '../../api/queries';
import { dateText } from '../../app/format';
import { InfoAlert } from '../../components/Alert';
import { AgreementForm } from './AgreementForm';
import { useAgreementVersions, useCountersignatures, useSaveAgreement } from './hooks';
import type { Countersignature } from '../../../../src-main/contract/agreements';

// Said under the version it countersigns: who, when, and that their key signed it.
function Countersigned(props: { a: Agreement; signed: readonly Countersignature[] }) {
  const c = props.signed.find((s) => s.version === props.a.version);
  if (!c) return null;
  return (
    <p data-testid={`countersigned-${props.a.version}`}>
      Countersigned by {c.name} on {dateText(c.countersignedOn)}, signed with their key and received{' '}
      {dateText(c.receivedAt.slice(0, 10))}.
    </p>
  );
}

function Terms(props: { a: Agreement }) {
  const a = props.a;
  return (
    <dl className="details">
      <dt>Meets</dt>
      <dd>
        {MEETING_FREQUENCY_LABELS[a.frequency]}
        {a.format ? `: ${a.format}` : ''}
      </dd>
      <dt>Feedback</dt>
      <dd style={{ whiteSpace: 'pre-wrap' }}>{a.feedback || '—'}</dd>
      <dt>Evaluations</dt>
      <dd>{a.evaluationDates.length ? a.evaluationDates.map(dateText).join(', ') : '—'}</dd>
      <dt>Formal supervision ends</dt>
      <dd>{a.endsOn ? dateText(a.endsOn) : '—'}</dd>
      <dt>When it ends</dt>
      <dd>
        {a.endingSteps.map((s) => ENDING_STEP_LABELS[s]).join('; ') || '—'}
        {a.endingPlan ? <div style={{ whiteSpace: 'pre-wrap' }}>{a.endingPlan}</div> : null}
      </dd>
    </dl>
  );
}

export function AgreementCard(props: { superviseeId: string }) {
  const versions = useAgreementVersions(props.superviseeId).data ?? [];
  const signed = useCountersignatures(props.superviseeId).data ?? [];
  const save = useSaveAgreement();
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const current = versions[0] ?? null;

  if (editing)
    return (
      <AgreementForm
        superviseeId={props.superviseeId}
        current={current}
        onCancel={() => setEditing(false)}
        onSubmit={async (input) => {
          const refused = await refusalOf(save.mutateAsync(input));
          if (!refused) {
            setEditing(false);
            setSaid(current ? `Amended: version ${current.version + 1} is in force.` : 'The agreement is saved.');
          }
          return refused;
        }}
      />
    );

  return (
    <div className="card" role="region" aria-label="Supervision agreement">
      <div className="page-head">
        <h2>Supervision agreement{current ? `, version ${current.version}` : ''}</h2>
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="button" onClick={() => setEditing(true)}>
            {current ? 'Amend' : 'Write the agreement'}
          </button>
        </div>
      </div>
      <InfoAlert message={said} />
      {current ? (
        <>
          <p className="muted">
            In force since {dateText(current.agreedOn)}
            {current.reason ? `. Changed because: ${current.reason}` : '.'}
          </p>
          <Terms a={current} />
          <Countersigned a={current} signed={signed} />
        </>
      ) : (
        <div className="empty">No agreement written yet. Several boards require a signed one.</div>
      )}
      {versions.length > 1 ? (
        <details>
          <summary>Earlier versions ({versions.length - 1})</summary>
          {versions.slice(1).map((v) => (
            <div key={v.id} className="earlier-version">
              <h3>
                Version {v.version}, from {dateText(v.agreedOn)}
              </h3>
              {v.reason ? <p className="muted">Changed because: {v.reason}</p> : null}
              <Terms a={v} />
              <Countersigned a={v} signed={signed} />
            </div>
          ))}
        </details>
      ) : null}
    </div>
  );
}
