// A supervisee's reviews, newest first (date, framework, draft or final, how many rated and how
// many dropped), and starting a new one against a framework on a date.
import { useEffect, useState } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import { refusalOf } from '../../api/queries';
import { firstProblem } from '../../api/forms';
import { dateText } from '../../app/format';
import { hrefFor, navigate } from '../../app/routes';
import { SelectField, TextField } from '../../components/Field';
import { Table } from '../../components/Table';
import { settle, wants } from '../../app/intents';
import { FormFrame } from '../../components/FormFrame';
import { useAgreementVersions } from '../agreements/hooks';
import { useCreateReview, useFrameworks, useReviews } from './hooks';

// The agreement sets the rhythm: the newest evaluation date that has come, if one has no review yet.
function suggestedDate(evaluationDates: string[], reviewed: string[]): string {
  const today = localToday();
  const due = evaluationDates.filter((d) => d <= today && !reviewed.includes(d)).at(-1);
  return due ?? today;
}

function StartReview(props: { superviseeId: string; frameworkId: string; suggested: string; onDone: () => void }) {
  const frameworks = useFrameworks().data ?? [];
  const [frameworkId, setFrameworkId] = useState(props.frameworkId);
  const [day, setDay] = useState(props.suggested);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const create = useCreateReview();
  const chosen = frameworks.find((f) => f.id === frameworkId) ? frameworkId : (frameworks[0]?.id ?? '');
  return (
    <FormFrame
      className="subform"
      label="Start a review"
      onSubmit={(e) => {
        e.preventDefault();
        void refusalOf(
          create
            .mutateAsync({ superviseeId: props.superviseeId, frameworkId: chosen, reviewedOn: day })
            .then((r) => navigate({ view: 'competencies', id: props.superviseeId, record: r.id })),
        ).then((refused) => {
          if (refused) setError(firstProblem(refused));
        });
      }}
      onCancel={props.onDone}
    >
      <div className="grid-2">
        <SelectField
          label="Framework"
          autoFocus
          value={chosen}
          onChange={(e) => setFrameworkId(e.target.value)}
          error={error && error.field !== 'reviewedOn' ? error.message : null}
        >
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
              {f.builtIn ? '' : ` (version ${f.version})`}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Review date"
          hint="The agreement’s evaluation dates are suggested as they come."
          type="date"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          error={error?.field === 'reviewedOn' ? error.message : null}
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Start the review
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </FormFrame>
  );
}

export function ReviewsCard(props: { superviseeId: string; frameworkId: string }) {
  const reviews = useReviews(props.superviseeId).data ?? [];
  const agreement = useAgreementVersions(props.superviseeId).data?.[0] ?? null;
  // "Start a review" on the supervisee's page opens the start form at once.
  const [starting, setStarting] = useState(() => wants('new-review', props.superviseeId));
  useEffect(() => settle('new-review'), []);
  return (
    <section className="card" aria-labelledby="reviews-title">
      <div className="page-head">
        <h2 id="reviews-title">Reviews</h2>
        {!starting ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" className="primary" onClick={() => setStarting(true)}>
              Start a review
            </button>
          </div>
        ) : null}
      </div>
      {starting ? (
        <StartReview
          superviseeId={props.superviseeId}
          frameworkId={props.frameworkId}
          suggested={suggestedDate(
            agreement?.evaluationDates ?? [],
            reviews.map((r) => r.reviewedOn),
          )}
          onDone={() => setStarting(false)}
        />
      ) : null}
      {reviews.length === 0 ? (
        <p className="muted">No reviews yet. A review rates each competency of a framework on a date, with evidence.</p>
      ) : (
        <Table label="Reviews" columns={['Date', 'Framework', 'Status', 'Rated', 'Dropped', '']}>
          {reviews.map((r) => (
            <tr key={r.id}>
              <th scope="row">{dateText(r.reviewedOn)}</th>
              <td>{r.frameworkName}</td>
              <td>
                <span className={`badge ${r.status === 'final' ? 'active' : 'paused'}`}>
                  {r.status === 'final' ? 'Final' : 'Draft'}
                </span>
              </td>
              <td>{r.rated}</td>
              <td>{r.drops ? <span className="badge risk">{r.drops}</span> : '0'}</td>
              <td>
                <a
                  className="link"
                  href={hrefFor({ view: 'competencies', id: r.superviseeId, record: r.id })}
                  aria-label={`Open the review of ${dateText(r.reviewedOn)}`}
                >
                  Open
                </a>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
