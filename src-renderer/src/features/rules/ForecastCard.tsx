// When the supervisee can meet their pack's requirements: the earliest the pack allows, at the pace of
// the last 8 and 26 weeks, and at a pace the supervisor tries ("at 15 direct hours a week").
import { useId, useState } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import { earliestText, outcomeText } from '../../../../src-main/contract/forecast-words';
import { keepPrevious, useRead } from '../../api/queries';
import { dateText, datesInText } from '../../app/format';
import { FieldNotes, describedBy } from '../../components/Field';

export function ForecastCard(props: { superviseeId: string; headingLevel?: 2 | 3 }) {
  const [typed, setTyped] = useState('');
  const tried = typed.trim() === '' ? null : Number(typed);
  const triedError =
    tried !== null && (!Number.isFinite(tried) || tried < 0 || tried > 168)
      ? 'Enter direct hours a week from 0 to 168, like 15.'
      : null;
  const { data: f } = useRead(
    'rules.forecast',
    { superviseeId: props.superviseeId, directPerWeek: triedError ? null : tried, today: localToday() },
    { placeholderData: keepPrevious },
  );
  const fieldId = useId();
  const H = props.headingLevel === 3 ? 'h3' : 'h2';

  if (!f?.pack) return null;
  const open = f.requirements.filter((r) => !r.met);
  return (
    <div className="card" aria-labelledby={`${fieldId}-title`} data-testid="forecast">
      <H id={`${fieldId}-title`}>Licensure forecast</H>
      {!f.requirements.length ? (
        <p className="muted">This pack reports hours without numbers to reach, so there is no date to forecast.</p>
      ) : !open.length ? (
        <p>Every requirement in this pack is met.</p>
      ) : (
        <>
          <dl className="details forecast-outcomes">
            <dt>Earliest possible</dt>
            <dd data-testid="forecast-earliest">{earliestText(f)}</dd>
            <dt>At the pace of the last 8 weeks</dt>
            <dd data-testid="forecast-pace8">{outcomeText(f, f.outcomes.atPace8, 'in the last 8 weeks')}</dd>
            <dt>At the pace of the last 26 weeks</dt>
            <dd data-testid="forecast-pace26">{outcomeText(f, f.outcomes.atPace26, 'in the last 26 weeks')}</dd>
            {f.registrationEnds ? (
              <>
                <dt>Registration ends</dt>
                <dd>{dateText(f.registrationEnds)} (counted from the start of supervision)</dd>
              </>
            ) : null}
          </dl>
          <div className="table-wrap">
            <table className="forecast-table">
              <caption className="muted">Week ends, counting whole weeks from {dateText(f.fromWeek)}</caption>
              <thead>
                <tr>
                  <th scope="col">Requirement</th>
                  <th scope="col">So far</th>
                  <th scope="col">Left</th>
                  <th scope="col">A week (8 / 26 weeks)</th>
                  <th scope="col">Earliest</th>
                  <th scope="col">At the 8-week pace</th>
                  {f.registrationEnds ? <th scope="col">A week to finish in time</th> : null}
                </tr>
              </thead>
              <tbody>
                {f.requirements.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td>
                      {r.value} of {r.target} {r.unit}
                    </td>
                    <td>{r.met ? 'met ✓' : `${r.remaining} ${r.unit}`}</td>
                    <td>{r.pace8 === null ? '—' : `${r.pace8} / ${r.pace26}`}</td>
                    <td>{r.met ? '—' : r.earliest ? dateText(r.earliest) : 'no limit'}</td>
                    <td>{r.met ? '—' : r.atPace8 ? dateText(r.atPace8) : 'not at this pace'}</td>
                    {f.registrationEnds ? (
                      <td>{r.neededByRegistrationEnd === null ? '—' : `${r.neededByRegistrationEnd} hours`}</td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="field forecast-what-if">
            <label htmlFor={fieldId}>What if: direct hours a week</label>
            <input
              id={fieldId}
              type="number"
              inputMode="decimal"
              min={0}
              max={168}
              step="any"
              value={typed}
              placeholder={String(f.requirements.find((r) => r.id === 'direct')?.pace8 ?? '')}
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={triedError ? true : undefined}
              aria-describedby={describedBy(fieldId, 'hint', triedError)}
            />
            <FieldNotes id={fieldId} error={triedError} hint="Other hours keep the pace of the last 8 weeks." />
          </div>
          <p aria-live="polite" className="forecast-what-if-result">
            {f.outcomes.whatIf && f.whatIfDirect !== null && !triedError ? (
              <span data-testid="forecast-what-if">
                At {f.whatIfDirect} direct hours a week: {outcomeText(f, f.outcomes.whatIf, 'at that pace')}
              </span>
            ) : null}
          </p>
        </>
      )}
      {f.notes.length ? (
        <ul className="muted forecast-notes">
          {f.notes.map((n) => (
            <li key={n}>{datesInText(n)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
