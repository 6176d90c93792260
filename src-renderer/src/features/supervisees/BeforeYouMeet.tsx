// The top of a supervisee's page: what a supervisor reads before a meeting (open action items and
// risk flags, prompts prepared for next time, the latest review's changes, the alliance trend, the
// most recent stretch of the timeline), with one click to log a session, write a note, start a
// review or reflect.
import type { ReactNode } from 'react';
import { levelText } from '../../../../src-main/contract/levels';
import { timelinePageInput } from '../../../../src-main/contract/timeline';
import { useRead } from '../../api/queries';
import { dateText } from '../../app/format';
import { openWith } from '../../app/intents';
import { requestQuickLog } from '../../app/quick-log';
import { hrefFor, navigate } from '../../app/routes';
import { AllianceChart } from '../frameworks/charts/AllianceChart';
import { useCheckins } from '../alliance/hooks';
import { useOpenActions, useOpenRisks } from '../notes/hooks';
import { RiskBadges } from '../notes/RiskBadges';
import { eventFacts, eventTitle, routeOf } from '../timeline/event-text';
import { DueText } from '../../components/DueText';

const RECENT_EVENTS = 8;
// The event's own words after its title, when it has any.
const lineOf = (e: { label: string }) => (e.label ? ` · ${e.label}` : '');

function Panel(props: { title: string; children: ReactNode; more?: { href: string; label: string } }) {
  const id = `home-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card home-panel" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
      {props.more ? (
        <p className="home-more">
          <a className="link" href={props.more.href}>
            {props.more.label}
          </a>
        </p>
      ) : null}
    </section>
  );
}

export function QuickActions(props: { superviseeId: string }) {
  const id = props.superviseeId;
  return (
    <div className="actions home-actions" role="group" aria-label="Start something">
      <button type="button" className="primary" onClick={() => requestQuickLog(id)}>
        Log a session
      </button>
      <button type="button" onClick={() => openWith('new-note', id, { view: 'notes', id })}>
        Write a note
      </button>
      <button type="button" onClick={() => openWith('new-review', id, { view: 'competencies', id })}>
        Start a review
      </button>
      <button type="button" onClick={() => navigate({ view: 'reflect', id })}>
        Reflect
      </button>
    </div>
  );
}

export function BeforeYouMeet(props: { superviseeId: string }) {
  const id = props.superviseeId;
  const actions = useOpenActions(id).data ?? [];
  const risks = (useOpenRisks().data ?? []).filter((r) => r.superviseeId === id);
  const prepared = (useRead('reflections.prepared', { superviseeId: id }).data ?? []).filter((p) => !p.sessionId);
  const families = useRead('growth.frameworks', { superviseeId: id }).data ?? [];
  const family = families[0]?.family ?? '';
  const compare = useRead('growth.compare', { superviseeId: id, family }, { enabled: !!family }).data;
  const checkins = useCheckins(id).data ?? [];
  const recent = useRead('timeline.page', timelinePageInput.parse({ superviseeId: id, limit: RECENT_EVENTS })).data;
  const moved = compare?.rows.filter((r) => r.change !== null && r.change !== 0) ?? [];

  return (
    <div className="home-grid">
      <Panel title="Open action items" more={{ href: hrefFor({ view: 'notes', id }), label: 'All case notes' }}>
        {actions.length ? (
          <ul className="plain-list week-list">
            {actions.map((a) => (
              <li key={a.id}>
                <a className="link" href={hrefFor({ view: 'notes', id, record: a.noteId })}>
                  {a.text}
                </a>{' '}
                <span className="muted">
                  (case {a.caseCode}
                  {a.due ? ', ' : ''}
                  <DueText due={a.due} />)
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No open action items.</p>
        )}
      </Panel>
      <Panel title="Open risk flags">
        {risks.length ? (
          <ul className="plain-list week-list">
            {risks.map((r) => (
              <li key={r.noteId}>
                <a className="link" href={hrefFor({ view: 'notes', id, record: r.noteId })}>
                  Case {r.caseCode}, {dateText(r.date)}
                </a>{' '}
                <RiskBadges flags={r.riskFlags} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No open case carries a risk flag.</p>
        )}
      </Panel>
      <Panel title="Prepared for the next session" more={{ href: hrefFor({ view: 'reflect', id }), label: 'Reflect' }}>
        {prepared.length ? (
          <ul className="plain-list week-list">
            {prepared.map((p) => (
              <li key={p.id}>{p.promptText}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No prompts chosen for the next session.</p>
        )}
      </Panel>
      <Panel
        title="Latest review"
        more={{ href: hrefFor({ view: 'competencies', id }), label: 'Competencies and growth' }}
      >
        {!compare?.latest ? (
          <p className="muted">No review yet.</p>
        ) : (
          <>
            <p>
              {dateText(compare.latest.reviewedOn)}
              {compare.previous ? ` against ${dateText(compare.previous.reviewedOn)}` : ' (the first review)'}
              {compare.latest.status === 'draft' ? ', still a draft' : ''}
            </p>
            {compare.previous ? (
              moved.length ? (
                <ul className="plain-list week-list">
                  {moved.map((r) => (
                    <li key={r.code} className={r.change! < 0 ? 'drop' : undefined}>
                      {r.name}: {levelText(r.previous)} → {levelText(r.latest)}
                      {r.change! < 0 ? ' (dropped)' : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No level changed.</p>
              )
            ) : null}
          </>
        )}
      </Panel>
      <div className="home-wide">
        {checkins.length ? (
          <div className="card">
            <AllianceChart checkins={checkins} />
          </div>
        ) : (
          <Panel title="Alliance trend">
            <p className="muted">No check-ins yet.</p>
          </Panel>
        )}
      </div>
      <Panel title="Recently" more={{ href: hrefFor({ view: 'timeline', id }), label: 'The whole timeline' }}>
        {recent?.events.length ? (
          <ul className="plain-list week-list">
            {recent.events.map((e) => (
              <li key={`${e.kind}:${e.id}`}>
                <a className="link" href={hrefFor(routeOf(e))}>
                  {dateText(e.at)}: {eventTitle(e)}
                </a>
                {lineOf(e)} <span className="muted">{eventFacts(e, dateText).join(' · ')}</span>{' '}
                <RiskBadges flags={e.riskFlags} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing recorded yet.</p>
        )}
      </Panel>
    </div>
  );
}
