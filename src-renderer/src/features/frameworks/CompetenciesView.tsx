// Competencies and growth for one supervisee: the charts (levels over time, latest against
// previous, hours, goals, the alliance), each with its table; the reviews; check-ins and feedback;
// the growth report. A review opens at #/competencies/<supervisee>/<review>. The frameworks on
// offer are managed from here too.
import { useState } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import { refusalOf, useRead } from '../../api/queries';
import { firstProblem } from '../../api/forms';
import { CURRENT, useSupervisees } from '../supervisees/hooks';
import { SuperviseePicker } from '../supervisees/SuperviseePicker';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { UNENCRYPTED } from '../../components/notices';
import { SelectField, TextField } from '../../components/Field';
import { useGoals } from '../agreements/hooks';
import { ForecastCard } from '../rules/ForecastCard';
import { CheckinsCard } from '../alliance/CheckinsCard';
import { FeedbackCard } from '../alliance/FeedbackCard';
import { CompareChart } from './charts/CompareChart';
import { GoalsChart } from './charts/GoalsChart';
import { HoursChart } from './charts/HoursChart';
import { LevelsChart } from './charts/LevelsChart';
import { FrameworksPanel } from './FrameworksPanel';
import { ReviewEditor } from './ReviewEditor';
import { ReviewsCard } from './ReviewsCard';
import { useFrameworksUsed, useGrowthCompare, useGrowthReport, useGrowthSeries, useReview } from './hooks';

function GrowthReport(props: { superviseeId: string; family: string }) {
  const report = useGrowthReport();
  const [title, setTitle] = useState(`Competency assessment ${localToday().slice(0, 4)}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // A refusal about the title is shown at the title, as every form does.
  const [titleError, setTitleError] = useState<string | null>(null);
  return (
    <div className="toolbar">
      <div className="grow">
        <TextField
          label="Report title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoComplete="off"
          error={titleError}
        />
      </div>
      <button
        type="button"
        onClick={() =>
          void refusalOf(
            report
              .mutateAsync({ superviseeId: props.superviseeId, family: props.family, title })
              .then((r) =>
                setMessage(r.path ? { ok: true, text: `Growth report saved to ${r.path}. ${UNENCRYPTED}` } : null),
              ),
          ).then((refused) => {
            const problem = refused ? firstProblem(refused) : null;
            setTitleError(problem?.field === 'title' ? problem.message : null);
            if (problem && problem.field !== 'title') setMessage({ ok: false, text: problem.message });
            else if (problem) setMessage(null);
          })
        }
        disabled={report.isPending}
      >
        Growth report (PDF)…
      </button>
      {message ? message.ok ? <InfoAlert message={message.text} /> : <ErrorAlert message={message.text} /> : null}
    </div>
  );
}

function Growth(props: { superviseeId: string }) {
  const used = useFrameworksUsed(props.superviseeId).data ?? null;
  const [family, setFamily] = useState('');
  const current = used?.find((f) => f.family === family) ?? used?.[0] ?? null;
  const series = useGrowthSeries(props.superviseeId, current?.family ?? '').data;
  const compare = useGrowthCompare(props.superviseeId, current?.family ?? '').data;
  const rules = useRead('rules.evaluate', { superviseeId: props.superviseeId }).data;
  const goals = useGoals(props.superviseeId).data ?? [];
  return (
    <section className="card" aria-labelledby="growth-title">
      <div className="page-head">
        <h2 id="growth-title">Growth</h2>
        {used && used.length > 1 ? (
          <SelectField label="Framework" value={current?.family ?? ''} onChange={(e) => setFamily(e.target.value)}>
            {used.map((f) => (
              <option key={f.family} value={f.family}>
                {f.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {current && series?.framework ? (
        <>
          <GrowthReport superviseeId={props.superviseeId} family={current.family} />
          <div className="charts">
            <LevelsChart key={current.family} series={series} />
            {compare ? <CompareChart comparison={compare} framework={series.framework} /> : null}
          </div>
        </>
      ) : used ? (
        <p className="muted">No reviews yet: start one below to see levels over time here.</p>
      ) : null}
      <div className="charts">
        {rules ? <HoursChart evaluation={rules} /> : null}
        <GoalsChart goals={goals} today={localToday()} />
      </div>
    </section>
  );
}

export function CompetenciesView(props: { superviseeId: string | null; record: string | null }) {
  const people = useSupervisees(CURRENT).data ?? null;
  const who = props.superviseeId ?? (people?.find((s) => s.status === 'active') ?? people?.[0])?.id ?? '';
  const [managing, setManaging] = useState(false);
  const review = useReview(props.record);
  const used = useFrameworksUsed(who).data ?? [];

  if (people && people.length === 0)
    return (
      <section aria-labelledby="competencies-title">
        <h1 id="competencies-title">Competencies</h1>
        <div className="card empty">Add a supervisee first; their reviews and growth will show here.</div>
      </section>
    );
  return (
    <section aria-labelledby="competencies-title">
      <div className="page-head">
        <h1 id="competencies-title">Competencies</h1>
        {!managing ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" onClick={() => setManaging(true)}>
              Frameworks
            </button>
          </div>
        ) : null}
      </div>
      <div className="toolbar">
        <SuperviseePicker view="competencies" people={people} value={who} />
      </div>
      {managing ? <FrameworksPanel onClose={() => setManaging(false)} /> : null}
      {props.record ? (
        review.error ? (
          <ErrorAlert message={review.error.message} />
        ) : review.data ? (
          <ReviewEditor key={review.data.id} review={review.data} />
        ) : (
          <p className="muted">Loading…</p>
        )
      ) : who ? (
        <>
          <Growth key={who} superviseeId={who} />
          <ForecastCard superviseeId={who} />
          <ReviewsCard superviseeId={who} frameworkId={used[0]?.id ?? 'apa-pwc-1'} />
          <CheckinsCard superviseeId={who} />
          <FeedbackCard superviseeId={who} />
        </>
      ) : null}
    </section>
  );
}
