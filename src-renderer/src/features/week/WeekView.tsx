// The supervisor's week: the landing page across every current supervisee. Each line is a link to
// the place to act on it (their sessions, the note, the review, their page).
import type { ReactNode } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import { MEETING_FREQUENCY_LABELS } from '../../../../src-main/contract/enums';
import { hoursText } from '../../../../src-main/contract/numbers';
import { useRead } from '../../api/queries';
import { dateText, datesInText, monthText } from '../../app/format';
import { hrefFor, type Route } from '../../app/routes';
import { ErrorAlert } from '../../components/Alert';
import { Table } from '../../components/Table';
import { RiskBadges } from '../notes/RiskBadges';
import { DueText } from '../../components/DueText';

function Part(props: { title: string; count: number; empty: string; children: ReactNode }) {
  const id = `week-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card week-part" aria-labelledby={id}>
      <h2 id={id}>
        {props.title} <span className="count">{props.count}</span>
      </h2>
      {props.count ? (
        <ul className="plain-list week-list">{props.children}</ul>
      ) : (
        <p className="muted">{props.empty}</p>
      )}
    </section>
  );
}

// A warning's "when": "week of 2026-11-02" or a month, "2026-11", as the rest of the screen writes dates.
const whenText = (when: string) =>
  /^\d{4}-\d{2}$/.test(when) ? monthText(when) : when.replace(/\d{4}-\d{2}-\d{2}/, (d) => dateText(d));

const Line = (props: { to: Route; children: ReactNode }) => (
  <li>
    <a className="link" href={hrefFor(props.to)}>
      {props.children}
    </a>
  </li>
);

export function WeekView() {
  const today = localToday();
  const q = useRead('week.overview', { today });
  const w = q.data;
  return (
    <section aria-labelledby="week-title">
      <div className="page-head">
        <h1 id="week-title">This week</h1>
        {w ? <p className="muted">Week of {dateText(w.weekStart)}</p> : null}
      </div>
      <ErrorAlert message={q.error?.message} />
      {!w ? (
        q.isPending ? (
          <p className="muted" role="status">
            Loading…
          </p>
        ) : null
      ) : (
        <>
          <div className="week-grid">
            <Part title="Sessions due" count={w.sessionsDue.length} empty="Everyone has met as often as agreed.">
              {w.sessionsDue.map((s) => (
                <Line key={s.superviseeId} to={{ view: 'sessions', id: s.superviseeId }}>
                  <strong>{s.superviseeName}</strong>: {s.dueOn < w.today ? 'overdue since' : 'due'} {dateText(s.dueOn)}
                  <span className="muted">
                    {' '}
                    ({MEETING_FREQUENCY_LABELS[s.frequency].toLowerCase()}; last met{' '}
                    {s.lastSession ? dateText(s.lastSession) : 'never'})
                  </span>
                </Line>
              ))}
            </Part>
            <Part
              title="Overdue action items"
              count={w.overdueActions.length}
              empty="No action item is past its due day."
            >
              {w.overdueActions.map((a) => (
                <Line key={a.id} to={{ view: 'notes', id: a.superviseeId, record: a.noteId }}>
                  <strong>{a.superviseeName}</strong>: {a.text}
                  <span className="muted">
                    {' '}
                    (case {a.caseCode}, <DueText due={a.due} />)
                  </span>
                </Line>
              ))}
            </Part>
            <Part title="Open risk flags" count={w.openRisks.length} empty="No open case carries a risk flag.">
              {w.openRisks.map((r) => (
                <Line key={r.noteId} to={{ view: 'notes', id: r.superviseeId, record: r.noteId }}>
                  <strong>{r.superviseeName}</strong>: case {r.caseCode}, {dateText(r.date)}{' '}
                  <RiskBadges flags={r.riskFlags} />
                </Line>
              ))}
            </Part>
            <Part title="Reviews and evaluations due" count={w.reviewsDue.length} empty="No evaluation is due.">
              {w.reviewsDue.map((r) => (
                <Line key={r.superviseeId} to={{ view: 'competencies', id: r.superviseeId, record: r.draftReviewId }}>
                  <strong>{r.superviseeName}</strong>: evaluation {dateText(r.evaluationOn)}
                  <span className="muted">{r.draftReviewId ? ' (a draft review is waiting)' : ''}</span>
                </Line>
              ))}
            </Part>
            <Part
              title="Ended periods not signed"
              count={w.unsignedPeriods.length}
              empty="Every ended period is signed."
            >
              {w.unsignedPeriods.map((u) => (
                <Line key={`${u.superviseeId}:${u.from}`} to={{ view: 'sessions', id: u.superviseeId }}>
                  <strong>{u.superviseeName}</strong>:{' '}
                  {u.signsBy === 'week'
                    ? `week of ${dateText(u.from)}`
                    : u.signsBy === 'month'
                      ? monthText(u.from.slice(0, 7))
                      : `the whole supervision, ${dateText(u.from)} to ${dateText(u.to)}`}
                  <span className="muted">
                    {' '}
                    ({u.days} {u.days === 1 ? 'day' : 'days'} logged)
                  </span>
                </Line>
              ))}
            </Part>
            <Part title="Your duties" count={w.yourDuties.length} empty="Nothing of your own falls due in 30 days.">
              {w.yourDuties.map((d, i) => (
                <Line
                  key={i}
                  to={d.superviseeId ? { view: 'supervisees', id: d.superviseeId } : { view: 'you', id: null }}
                >
                  <strong>{dateText(d.on)}</strong>: {datesInText(d.what)}
                </Line>
              ))}
            </Part>
            <Part
              title="Records coming to the end of their keeping"
              count={w.retentionDue.length}
              empty="No supervisee's records reach their keep-until date in the next 90 days."
            >
              {w.retentionDue.map((r) => (
                <Line key={r.superviseeId} to={{ view: 'supervisees', id: r.superviseeId }}>
                  <strong>{r.superviseeName}</strong>:{' '}
                  {r.due ? `kept until ${dateText(r.keepUntil)}, now due` : `kept until ${dateText(r.keepUntil)}`}
                  <span className="muted"> (hand over an archive, extend, or delete for good)</span>
                </Line>
              ))}
            </Part>
            <Part
              title="Before the week ends"
              count={w.ahead.length}
              empty="Nothing the rule packs ask of this week is still missing."
            >
              {w.ahead.map((a, i) => (
                <Line key={i} to={{ view: 'sessions', id: a.superviseeId }}>
                  <strong>{a.superviseeName}</strong>: {datesInText(a.detail)} <span className="muted">({a.rule})</span>
                </Line>
              ))}
            </Part>
            <Part
              title="Rule-pack warnings, last four weeks"
              count={w.ruleWarnings.length}
              empty="No rule-pack warning in the last four weeks."
            >
              {w.ruleWarnings.map((r, i) => (
                <Line key={i} to={{ view: 'sessions', id: r.superviseeId }}>
                  <strong>{r.superviseeName}</strong>, {whenText(r.when)}: {r.detail}{' '}
                  <span className="muted">({r.rule})</span>
                </Line>
              ))}
            </Part>
          </div>
          <section className="card" aria-labelledby="week-hours">
            <h2 id="week-hours">
              Hours, {dateText(w.rollup.from)} to {dateText(w.rollup.to)}
            </h2>
            <Table
              label="Hours across supervisees"
              columns={['Supervisee', 'Sessions', 'Supervision hours', 'Direct hours', 'Indirect hours']}
            >
              {w.rollup.rows.map((r) => (
                <tr key={r.superviseeId}>
                  <th scope="row">
                    <a className="link" href={hrefFor({ view: 'supervisees', id: r.superviseeId })}>
                      {r.superviseeName}
                    </a>
                  </th>
                  <td>{r.sessions}</td>
                  <td>{hoursText(r.supervisionHours)}</td>
                  <td>{hoursText(r.directHours)}</td>
                  <td>{hoursText(r.indirectHours)}</td>
                </tr>
              ))}
            </Table>
          </section>
        </>
      )}
    </section>
  );
}
