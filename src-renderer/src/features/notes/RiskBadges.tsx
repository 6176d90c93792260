// A note's risk and ethics flags, shown wherever the note is listed: prominent, and read out in words.
import { RISK_FLAG_LABELS, type RiskFlag } from '../../../../src-main/contract/enums';

export function RiskBadges(props: { flags: readonly RiskFlag[] }) {
  if (!props.flags.length) return null;
  return (
    <span className="risk-flags">
      <span className="sr-only">Risk flags: </span>
      {props.flags.map((f) => (
        <span key={f} className="badge risk">
          {RISK_FLAG_LABELS[f]}
        </span>
      ))}
    </span>
  );
}
