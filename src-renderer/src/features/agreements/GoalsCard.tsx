// The agreement's goals on a supervisee's page: each with its status, target date and the history of
// its reviews; add a goal, reword it, or review it (a date, the status now, a comment).
import { useState } from 'react';
import type { Goal } from '../../../../src-main/contract/agreements';
import { localToday } from '../../../../src-main/contract/dates';
import { GOAL_STATUS_LABELS, GOAL_STATUSES, type GoalStatus } from '../../../../src-main/contract/enums';
import { refusalOf } from '../../api/queries';
import { firstProblem } from '../../api/forms';
import { dateText } from '../../app/format';
import { ErrorAlert } from '../../components/Alert';
import { Options, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useCreateGoal, useGoals, useReviewGoal, useUpdateGoal } from './hooks';
import { FormFrame } from '../../components/FormFrame';

type Editing = { kind: 'new' } | { kind: 'edit'; goal: Goal } | { kind: 'review'; goal: Goal } | null;

function GoalForm(props: { superviseeId: string; goal?: Goal; onDone: () => void }) {
  const [text, setText] = useState(props.goal?.text ?? '');
  const [target, setTarget] = useState(props.goal?.targetDate ?? '');
  const [setOn, setSetOn] = useState(props.goal?.setOn ?? localToday());
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const create = useCreateGoal();
  const update = useUpdateGoal();
  async function keep() {
    const fields = { text, targetDate: target || null, setOn };
    const refused = await refusalOf(
      props.goal
        ? update.mutateAsync({ id: props.goal.id, ...fields })
        : create.mutateAsync({ superviseeId: props.superviseeId, ...fields }),
    );
    if (refused) setError(firstProblem(refused));
    else props.onDone();
  }
  const title = props.goal ? 'Reword the goal' : 'A new goal';
  return (
    <FormFrame
      className="subform"
      label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void keep();
      }}
      onCancel={props.onDone}
    >
      <div className="grid-2">
        <TextField
          label="Goal"
          autoFocus
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error?.field === 'text' ? error.message : null}
        />
        <TextField
          label="Target date"
          type="date"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          error={error?.field === 'targetDate' ? error.message : null}
        />
        <TextField
          label="Set on"
          type="date"
          hint="The day it was agreed."
          value={setOn}
          onChange={(e) => setSetOn(e.target.value)}
          error={error?.field === 'setOn' ? error.message : null}
        />
      </div>
      <ErrorAlert message={error && !['text', 'targetDate', 'setOn'].includes(error.field) ? error.message : null} />
      <div className="actions">
        <button type="submit" className="primary">
          {props.goal ? 'Save the goal' : 'Add the goal'}
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </FormFrame>
  );
}

function ReviewForm(props: { goal: Goal; onDone: () => void }) {
  const [on, setOn] = useState(localToday());
  const [status, setStatus] = useState<GoalStatus>(
    props.goal.status === 'not_started' ? 'in_progress' : props.goal.status,
  );
  const [comment, setComment] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const review = useReviewGoal();
  async function keep() {
    const refused = await refusalOf(review.mutateAsync({ id: props.goal.id, reviewedOn: on, status, comment }));
    if (refused) setError(firstProblem(refused));
    else props.onDone();
  }
  return (
    <FormFrame
      className="subform"
      label={`Review: ${props.goal.text}`}
      onSubmit={(e) => {
        e.preventDefault();
        void keep();
      }}
      onCancel={props.onDone}
    >
      <div className="grid-2">
        <TextField
          label="Reviewed on"
          type="date"
          autoFocus
          value={on}
          onChange={(e) => setOn(e.target.value)}
          error={error?.field === 'reviewedOn' ? error.message : null}
        />
        <SelectField label="Status now" value={status} onChange={(e) => setStatus(e.target.value as GoalStatus)}>
          <Options values={GOAL_STATUSES} labels={GOAL_STATUS_LABELS} />
        </SelectField>
      </div>
      <TextAreaField
        label="Comment"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={error?.field === 'comment' ? error.message : null}
      />
      <ErrorAlert message={error && !['reviewedOn', 'comment'].includes(error.field) ? error.message : null} />
      <div className="actions">
        <button type="submit" className="primary">
          Keep the review
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </FormFrame>
  );
}

export function GoalsCard(props: { superviseeId: string }) {
  const goals = useGoals(props.superviseeId).data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const done = () => setEditing(null);
  return (
    <div className="card" role="region" aria-label="Goals">
      <div className="page-head">
        <h2>Goals</h2>
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            Add a goal
          </button>
        </div>
      </div>
      {editing?.kind === 'new' ? <GoalForm superviseeId={props.superviseeId} onDone={done} /> : null}
      {goals.length ? (
        <ul className="goal-list" aria-label="Goals of the agreement">
          {goals.map((g) => (
            <li key={g.id}>
              <div className="goal-head">
                <strong>{g.text}</strong>{' '}
                <span className={`badge goal-${g.status}`}>{GOAL_STATUS_LABELS[g.status]}</span>
                <span className="muted"> · set {dateText(g.setOn)}</span>
                {g.targetDate ? <span className="muted"> · by {dateText(g.targetDate)}</span> : null}
              </div>
              {editing?.kind === 'edit' && editing.goal.id === g.id ? (
                <GoalForm superviseeId={props.superviseeId} goal={g} onDone={done} />
              ) : null}
              {editing?.kind === 'review' && editing.goal.id === g.id ? <ReviewForm goal={g} onDone={done} /> : null}
              {g.reviews.length ? (
                <ol className="goal-reviews" aria-label={`Reviews of: ${g.text}`}>
                  {g.reviews.map((r) => (
                    <li key={r.id}>
                      {dateText(r.reviewedOn)}: {GOAL_STATUS_LABELS[r.status]}
                      {r.comment ? ` — ${r.comment}` : ''}
                    </li>
                  ))}
                </ol>
              ) : (
                <div className="muted">Not reviewed yet.</div>
              )}
              {!editing ? (
                <div className="actions" style={{ marginTop: '0.25rem' }}>
                  <button
                    type="button"
                    aria-label={`Review: ${g.text}`}
                    onClick={() => setEditing({ kind: 'review', goal: g })}
                  >
                    Review
                  </button>
                  <button
                    type="button"
                    aria-label={`Reword: ${g.text}`}
                    onClick={() => setEditing({ kind: 'edit', goal: g })}
                  >
                    Reword
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty">No goals yet. Agree two or three, each with a target date.</div>
      )}
    </div>
  );
}
