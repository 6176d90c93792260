// Progress toward the supervisee's rule pack, and every place the log breaks one of its rules.
import { datesInText } from '../../app/format';
import { useState } from 'react';
import { useRead } from '../../api/queries';

const SHOWN = 12;

export function RequirementsCard(props: { superviseeId: string }) {
  const { data: e } = useRead('rules.evaluate', { superviseeId: props.superviseeId });
  const [all, setAll] = useState(false);

  if (!e) return null;
  if (!e.pack) {
    return (
      <div className="card" aria-labelledby="req-title">
        <h2 id="req-title">Requirements</h2>
        <p className="muted">
          No rule pack chosen. Pick one (California BBS, Texas LPC, NBCC, CACREP, APPIC or your own) on the supervisee’s
          page to see progress and warnings.
        </p>
      </div>
    );
  }
  const warnings = all ? e.warnings : e.warnings.slice(0, SHOWN);
  return (
    <div className="card" aria-labelledby="req-title">
      <h2 id="req-title">Requirements: {e.pack.name}</h2>
      <p className="muted">
        Version {e.pack.version} · {e.pack.source}
      </p>
      {e.progress.map((p) =>
        p.target === null ? (
          // No number to reach: the hours so far, with no bar and no tick.
          <div key={p.id} className="progress-row">
            <div className="progress-label">
              <span>{p.label}</span>
              <span>
                {p.value} {p.unit} <span className="muted">(no target in this pack)</span>
              </span>
            </div>
          </div>
        ) : (
          <div key={p.id} className="progress-row">
            <div className="progress-label">
              <span>{p.label}</span>
              <span>
                {p.value} / {p.target} {p.unit}
                {p.met ? ' ✓' : ''}
              </span>
            </div>
            <div
              className="strength"
              role="progressbar"
              aria-label={p.label}
              aria-valuemin={0}
              aria-valuemax={p.target}
              aria-valuenow={Math.min(p.value, p.target)}
            >
              <span style={{ width: `${Math.min(100, (p.value / p.target) * 100)}%` }} />
            </div>
          </div>
        ),
      )}
      <h3 style={{ marginTop: '1rem' }}>
        {e.warnings.length
          ? `${e.warnings.length} warning${e.warnings.length === 1 ? '' : 's'}`
          : 'No warnings: the log keeps every rule in this pack.'}
      </h3>
      {warnings.length ? (
        <ul className="warnings" aria-label="Rule warnings">
          {warnings.map((w, i) => (
            <li key={`${w.ruleId}-${w.when}-${i}`}>
              <strong>{datesInText(w.when)}:</strong> {datesInText(w.detail)}{' '}
              <span className="muted">
                Rule: {w.rule} ({w.source})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {e.warnings.length > SHOWN ? (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${e.warnings.length}`}
        </button>
      ) : null}
    </div>
  );
}
