// The records behind a rating, picked from the supervisee's sessions, case notes and reflections up
// to the review's date (never typed). Chosen ones show as a list with Remove; the rest in a choice.
import { useId } from 'react';
import { EVIDENCE_KIND_LABELS } from '../../../../src-main/contract/enums';
import type { EvidenceOption } from '../../../../src-main/contract/frameworks';
import { dateText } from '../../app/format';

export const evidenceKey = (e: { kind: string; id: string }) => `${e.kind}:${e.id}`;
const describe = (o: EvidenceOption) => `${EVIDENCE_KIND_LABELS[o.kind]}, ${dateText(o.date)}: ${o.label}`;

export function EvidencePicker(props: {
  competency: string;
  value: string[];
  // Offered records, and the ones already chosen (they may be older than the offer reaches).
  options: EvidenceOption[];
  chosen: EvidenceOption[];
  disabled?: boolean;
  onChange: (next: string[]) => void;
}) {
  const id = useId();
  const known = new Map([...props.chosen, ...props.options].map((o) => [evidenceKey(o), o]));
  const free = props.options.filter((o) => !props.value.includes(evidenceKey(o)));
  return (
    <div className="evidence">
      {props.value.length ? <div className="muted">Evidence</div> : null}
      {props.value.length ? (
        <ul className="plain-list" aria-label={`Evidence for ${props.competency}`}>
          {props.value.map((k) => (
            <li key={k} className="item-row">
              <span>{known.has(k) ? describe(known.get(k)!) : 'A record no longer in the vault'}</span>
              {!props.disabled ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onChange(props.value.filter((x) => x !== k))}
                  aria-label={`Remove evidence: ${known.has(k) ? describe(known.get(k)!) : k}`}
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!props.disabled ? (
        <>
          <label htmlFor={id} className="sr-only">
            Add evidence for {props.competency}
          </label>
          <select
            id={id}
            value=""
            onChange={(e) => {
              if (e.target.value) props.onChange([...props.value, e.target.value]);
            }}
          >
            <option value="">Add evidence…</option>
            {free.map((o) => (
              <option key={evidenceKey(o)} value={evidenceKey(o)}>
                {describe(o)}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}
