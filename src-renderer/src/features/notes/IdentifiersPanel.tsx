// What the de-identification guard found, shown in place: each field's text with the possible
// identifiers marked and named (for a screen reader too), above the reason for keeping them.
import type { ReactNode } from 'react';
import { IDENTIFIER_LABELS } from '../../../../src-main/contract/enums';
import type { IdentifierFinding, NotePatch } from '../../../../src-main/contract/notes';

export interface GuardedText {
  field: string;
  text: string;
}

const FIELD_LABELS: Record<string, string> = {
  presentingConcern: 'Presenting concern',
  discussion: 'What was discussed',
  guidance: 'Supervisor’s guidance',
  reactions: 'The supervisee’s own reactions',
  plan: 'Plan',
};
const labelOf = (field: string) => FIELD_LABELS[field] ?? `Action ${Number(field.split('.')[1]) + 1}`;

// The free text of a note the guard reads, in the order the form shows it.
export function guardedTexts(n: NotePatch): GuardedText[] {
  return [
    ...(['presentingConcern', 'discussion', 'guidance', 'reactions', 'plan'] as const).map((field) => ({
      field,
      text: n[field],
    })),
    ...n.actions.map((a, i) => ({ field: `actions.${i}.text`, text: a.text })),
  ].filter((t) => t.text);
}

function Marked(props: { text: string; found: IdentifierFinding[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of props.found) {
    if (f.start > at) parts.push(props.text.slice(at, f.start));
    parts.push(
      <mark key={f.start} title={`Possibly ${IDENTIFIER_LABELS[f.kind]}`}>
        <span className="sr-only">possibly {IDENTIFIER_LABELS[f.kind]}: </span>
        {props.text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(props.text.slice(at));
  return <p className="marked">{parts}</p>;
}

export function IdentifiersPanel(props: { texts: GuardedText[]; found: IdentifierFinding[]; children: ReactNode }) {
  const fields = props.texts.filter((t) => props.found.some((f) => f.field === t.field));
  return (
    <section className="alert warn" aria-labelledby="guard-title" role="region">
      <h3 id="guard-title">This note may identify the client</h3>
      <p>
        Alliance marked what may be a client’s name, a date of theirs, a number or an address. Case notes are about
        de-identified clients: edit these out above, or keep them and say why.
      </p>
      {fields.map((t) => (
        <div key={t.field}>
          <strong>{labelOf(t.field)}</strong>
          <Marked text={t.text} found={props.found.filter((f) => f.field === t.field)} />
        </div>
      ))}
      {props.children}
    </section>
  );
}
