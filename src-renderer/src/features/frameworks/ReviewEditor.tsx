// One competency review: for each competency a level (the previous review's beside it, drops
// flagged), a comment and evidence picked from the supervisee's records; the supervisor's words on
// strengths and limitations. Saved as a draft as often as wanted; finalising locks it by its
// SHA-256, and reopening needs a reason.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { reviewSaveInput, type Review } from '../../../../src-main/contract/frameworks';
import { changeText, levelLabel, levelsOf, levelText } from '../../../../src-main/contract/levels';
import { refusalOf, useRead } from '../../api/queries';
import { contractResolver, defaultKey, firstProblem, formMessage, showRefusal, type KeyFor } from '../../api/forms';
import { dateText, momentText } from '../../app/format';
import { hrefFor, navigate } from '../../app/routes';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/Field';
import { EvidencePicker, evidenceKey } from './EvidencePicker';
import { selfRatingIntro, SelfRatingLevel, SelfRatingWords } from './SelfRatingNote';
import { useDeleteReview, useEvidenceOptions, useFinaliseReview, useReopenReview, useSaveReview } from './hooks';
import { saveOnCtrlEnter } from '../../components/save-keys';

type Values = {
  reviewedOn: string;
  strengths: string;
  limitations: string;
  ratings: { competencyCode: string; level: string; comment: string; evidence: string[] }[];
};

const toInput = (id: string) => (v: Values) => ({
  id,
  ...v,
  ratings: v.ratings.map((r) => ({
    ...r,
    level: r.level === '' ? null : Number(r.level),
    evidence: r.evidence.map((k) => {
      const [kind, ...rest] = k.split(':');
      return { kind, id: rest.join(':') };
    }),
  })),
});
// A problem with one evidence link belongs to that rating's evidence as a whole.
const keyFor: KeyFor = (path) =>
  path[0] === 'ratings' && path[2] === 'evidence' ? `ratings.${path[1]}.evidence` : defaultKey(path);

const valuesOf = (r: Review): Values => ({
  reviewedOn: r.reviewedOn,
  strengths: r.strengths,
  limitations: r.limitations,
  ratings: r.ratings.map((x) => ({
    competencyCode: x.competencyCode,
    level: x.level === null ? '' : String(x.level),
    comment: x.comment,
    evidence: x.evidence.map(evidenceKey),
  })),
});

function ReopenForm(props: { review: Review; onDone: () => void }) {
  const reopen = useReopenReview();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="subform"
      aria-label="Reopen the review"
      noValidate
      onKeyDown={saveOnCtrlEnter}
      onSubmit={(e) => {
        e.preventDefault();
        void refusalOf(reopen.mutateAsync({ id: props.review.id, reason })).then((refused) => {
          if (refused) setError(firstProblem(refused).message);
          else props.onDone();
        });
      }}
    >
      <TextAreaField
        label="Why it is reopened"
        hint="Kept with the review and recorded in the audit trail (without its words)."
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Reopen
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ReviewEditor(props: { review: Review }) {
  const r = props.review;
  const f = r.framework;
  const locked = r.status === 'final';
  const save = useSaveReview();
  const finalise = useFinaliseReview();
  const del = useDeleteReview();
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<Values>({
    values: valuesOf(r),
    resolver: contractResolver<Values>(reviewSaveInput, toInput(r.id), keyFor),
  });
  const { register, handleSubmit, formState, control } = form;
  const errors = formState.errors;
  const day = useWatch({ control, name: 'reviewedOn' });
  const chosen = useWatch({ control, name: 'ratings' });
  const options = useEvidenceOptions(r.superviseeId, /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : r.reviewedOn).data ?? [];
  const levels = levelsOf(f);
  const back = hrefFor({ view: 'competencies', id: r.superviseeId });
  const selfRating = useRead('reviews.selfRating', { id: r.id }).data ?? null;
  const theirs = new Map(selfRating?.ratings.map((x) => [x.code, x]));

  const saveDraft = handleSubmit(async (v) => {
    setStatus(null);
    const refused = await refusalOf(save.mutateAsync(reviewSaveInput.parse(toInput(r.id)(v))));
    if (refused) showRefusal(form, refused, keyFor);
    else setStatus('Draft saved.');
  });
  const saveAndFinalise = handleSubmit(async (v) => {
    setStatus(null);
    const refused =
      (await refusalOf(save.mutateAsync(reviewSaveInput.parse(toInput(r.id)(v))))) ??
      (await refusalOf(finalise.mutateAsync({ id: r.id })));
    setConfirming(false);
    if (refused) showRefusal(form, refused, keyFor);
    else setStatus('The review is final and locked.');
  });

  const groupOf = (i: number) => f.competencies.find((k) => k.code === r.ratings[i]?.competencyCode)?.group ?? '';
  return (
    <section aria-labelledby="review-title">
      <a className="link" href={back}>
        ← Back to growth
      </a>
      <div className="page-head" style={{ marginTop: '0.5rem' }}>
        <h2 id="review-title">
          Review of {dateText(r.reviewedOn)} · {f.name}
          {f.builtIn ? '' : ` (version ${f.version})`}
        </h2>
        <span className={`badge ${locked ? 'active' : 'paused'}`}>{locked ? 'Final' : 'Draft'}</span>
      </div>
      <p className="muted">
        Levels {f.scaleMin} to {f.scaleMax}
        {f.halfLevels ? ', half levels allowed' : ''}
        {f.targetLevel !== null ? `; target ${levelText(f.targetLevel)}` : ''}.{' '}
        {r.previousReviewedOn
          ? `The previous review, of ${dateText(r.previousReviewedOn)}, is shown beside each level.`
          : 'This is the first review against this framework.'}{' '}
        {selfRatingIntro(selfRating)}
      </p>
      {locked ? (
        <div className="card">
          <p>
            <strong>Locked.</strong> Finalised {r.finalisedAt ? momentText(r.finalisedAt) : ''}.{' '}
            {r.intact
              ? 'Unchanged since it was finalised.'
              : 'Changed since it was finalised, outside Alliance: do not rely on it; restore it from a backup.'}
          </p>
          <details>
            <summary>Its fingerprint</summary>
            <p className="muted">
              The SHA-256 hash of the finalised content, which Alliance checks each time the review is opened:{' '}
              <code className="hash">{r.contentSha256}</code>
            </p>
          </details>
          {reopening ? (
            <ReopenForm review={r} onDone={() => setReopening(false)} />
          ) : (
            <div className="actions">
              <button type="button" onClick={() => setReopening(true)}>
                Reopen to change it
              </button>
            </div>
          )}
        </div>
      ) : null}
      {r.reopenedAt ? <InfoAlert message={`Reopened ${momentText(r.reopenedAt)}: ${r.reopenReason ?? ''}`} /> : null}
      <form aria-label="Ratings" noValidate onKeyDown={saveOnCtrlEnter} onSubmit={(e) => void saveDraft(e)}>
        <fieldset disabled={locked} className="plain">
          <TextField label="Review date" type="date" {...register('reviewedOn')} error={errors.reviewedOn?.message} />
          {r.ratings.map((x, i) => {
            const c = f.competencies.find((k) => k.code === x.competencyCode)!;
            // A group's name above its first competency.
            const heading = c.group && c.group !== groupOf(i - 1) ? <h3>{c.group}</h3> : null;
            const level = chosen?.[i]?.level ?? '';
            const now = level === '' ? null : Number(level);
            const change = x.previousLevel !== null && now !== null ? now - x.previousLevel : null;
            return (
              <div key={c.code}>
                {heading}
                <div className="rating-row" role="group" aria-labelledby={`rating-${c.code}`}>
                  <div className="rating-name" id={`rating-${c.code}`}>
                    <strong>{c.code}</strong> {c.name}
                  </div>
                  <div className="rating-level">
                    <label htmlFor={`level-${c.code}`}>Level</label>
                    <select
                      id={`level-${c.code}`}
                      {...register(`ratings.${i}.level`)}
                      aria-invalid={errors.ratings?.[i]?.level ? true : undefined}
                    >
                      <option value="">Not rated</option>
                      {levels.map((l) => (
                        <option key={l} value={String(l)}>
                          {levelLabel(f.levelLabels, l)}
                        </option>
                      ))}
                    </select>
                    <div className="muted">
                      Before: {levelText(x.previousLevel)}
                      {change !== null && change < 0 ? (
                        <span className="badge risk"> Dropped {changeText(change)}</span>
                      ) : change ? (
                        ` · ${changeText(change)}`
                      ) : null}
                    </div>
                    <SelfRatingLevel theirs={theirs.get(c.code)} labels={f.levelLabels} />
                    {errors.ratings?.[i]?.level ? (
                      <div className="field-error" role="alert">
                        {errors.ratings[i]!.level!.message}
                      </div>
                    ) : null}
                  </div>
                  <div className="rating-comment">
                    <SelfRatingWords theirs={theirs.get(c.code)} />
                    <TextAreaField
                      label={`Comment on ${c.code}`}
                      rows={2}
                      {...register(`ratings.${i}.comment`)}
                      error={errors.ratings?.[i]?.comment?.message}
                    />
                    <Controller
                      control={control}
                      name={`ratings.${i}.evidence`}
                      render={({ field, fieldState }) => (
                        <>
                          <EvidencePicker
                            competency={c.code}
                            value={field.value}
                            options={options}
                            chosen={x.evidence}
                            disabled={locked}
                            onChange={field.onChange}
                          />
                          {fieldState.error ? (
                            <div className="field-error" role="alert">
                              {fieldState.error.message}
                            </div>
                          ) : null}
                        </>
                      )}
                    />
                  </div>
                </div>
              </div>
            );
          })}
          <h3>In your words</h3>
          <TextAreaField label="Strengths" rows={3} {...register('strengths')} error={errors.strengths?.message} />
          <TextAreaField
            label="Limitations and areas for growth"
            rows={3}
            {...register('limitations')}
            error={errors.limitations?.message}
          />
        </fieldset>
        <ErrorAlert message={formMessage(errors)} />
        <InfoAlert message={status} />
        {!locked ? (
          <div className="actions">
            <button type="submit" className="primary" disabled={formState.isSubmitting}>
              Save draft
            </button>
            {confirming ? (
              <>
                <span className="muted">Finalising locks the review; changing it later needs a reason.</span>
                <button type="button" className="primary" onClick={() => void saveAndFinalise()}>
                  Finalise now
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Not yet
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Finalise…
              </button>
            )}
            {!r.finalisedAt ? (
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void refusalOf(del.mutateAsync({ id: r.id })).then((refused) => {
                    if (refused) setStatus(refused.message);
                    else navigate({ view: 'competencies', id: r.superviseeId }, { replace: true });
                  })
                }
              >
                Delete draft
              </button>
            ) : null}
          </div>
        ) : null}
      </form>
    </section>
  );
}
