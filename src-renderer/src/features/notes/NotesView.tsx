// Case notes: one supervisee's notes with their risk flags, a case's thread in order, the open risks
// across every supervisee, and open follow-ups (this supervisee's or everyone's) to tick off.
import { useEffect, useRef, useState } from 'react';
import { MAX_NOTES_SHOWN, NOTES_PAGE, type Note } from '../../../../src-main/contract/notes';
import type { Session } from '../../../../src-main/contract/sessions';
import { refusalOf, useRead } from '../../api/queries';
import { dateText } from '../../app/format';
import { navigate } from '../../app/routes';
import { settle, wants } from '../../app/intents';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { Table } from '../../components/Table';
import { useSessions } from '../sessions/hooks';
import { CURRENT, useSupervisees } from '../supervisees/hooks';
import { SuperviseePicker } from '../supervisees/SuperviseePicker';
import {
  useCaseThread,
  useCreateNote,
  useDeleteNote,
  useNotes,
  useOpenActions,
  useOpenRisks,
  useRestoreNote,
  useSetActionDone,
  useUpdateNote,
} from './hooks';
import { NoteForm } from './NoteForm';
import { RiskBadges } from './RiskBadges';
import { DueText } from '../../components/DueText';

const NO_NOTES: Note[] = [];
const NO_SESSIONS: Session[] = [];
type FormState = { mode: 'new'; caseCode?: string } | { mode: 'edit'; note: Note } | null;

// `noteId` (from #/notes/<supervisee>/<note>, as search opens a note) opens that note's case.
export function NotesView(props: { superviseeId: string | null; noteId: string | null }) {
  const people = useSupervisees(CURRENT).data ?? null;
  const who = props.superviseeId ?? (people?.find((s) => s.status === 'active') ?? people?.[0])?.id ?? '';
  const person = people?.find((p) => p.id === who);
  // How many of this supervisee's newest notes are shown; "Show older notes" adds a page.
  const [shown, setShown] = useState({ who: '', limit: NOTES_PAGE });
  const limit = shown.who === who ? shown.limit : NOTES_PAGE;
  const notes = useNotes(who, limit).data ?? NO_NOTES;
  const sessions = useSessions(who).data ?? NO_SESSIONS;
  // "Write a note" on the supervisee's page opens the form at once.
  const [form, setForm] = useState<FormState>(() => (wants('new-note', props.superviseeId) ? { mode: 'new' } : null));
  useEffect(() => settle('new-note'), []);
  const linked = useRead('notes.get', { id: props.noteId ?? '' }, { enabled: !!props.noteId }).data;
  const [openCase, setOpenCase] = useState<{ who: string; code: string } | null>(null);
  const fromLink = linked && linked.id === props.noteId && linked.superviseeId === who ? linked.caseCode : '';
  const caseCode = openCase?.who === who ? openCase.code : fromLink;
  const threadRef = useRef<HTMLDivElement>(null);
  // A note opened from search: its case is shown and brought into view.
  useEffect(() => {
    if (fromLink) threadRef.current?.scrollIntoView({ block: 'start' });
  }, [fromLink]);
  const thread = useCaseThread(who, caseCode).data ?? NO_NOTES;
  const [followUpsFor, setFollowUpsFor] = useState<'this' | 'all'>('this');
  const followUps = useOpenActions(followUpsFor === 'this' ? who || undefined : undefined).data ?? [];
  const risks = useOpenRisks().data ?? [];
  const create = useCreateNote();
  const update = useUpdateNote();
  const del = useDeleteNote();
  const restore = useRestoreNote();
  const setDone = useSetActionDone();
  // A message and an undo belong to the supervisee they were about.
  const [said, setSaid] = useState<{ who: string; text: string; error?: boolean } | null>(null);
  // Opening a form starts a new piece of work: the last one's message no longer belongs on screen.
  const openForm = (f: NonNullable<FormState>) => {
    setForm(f);
    setSaid(null);
  };
  const [undo, setUndo] = useState<Note | null>(null);
  const notice = said?.who === who ? said : null;
  const undoable = undo?.superviseeId === who ? undo : null;
  // The follow-up just ticked off, to put back if that was a slip.
  const [doneUndo, setDoneUndo] = useState<{ who: string; id: string; text: string } | null>(null);
  const lastDone = doneUndo?.who === who ? doneUndo : null;

  if (people && people.length === 0)
    return (
      <section aria-labelledby="notes-title">
        <h1 id="notes-title">Case notes</h1>
        <div className="card empty">Add a supervisee first; notes about the cases they bring will show here.</div>
      </section>
    );

  async function remove(n: Note) {
    const refused = await refusalOf(del.mutateAsync({ id: n.id }));
    if (refused) setSaid({ who, text: refused.message, error: true });
    else {
      setUndo(n);
      setSaid({ who, text: `The ${dateText(n.date)} note on ${n.caseCode} was deleted.` });
    }
  }

  return (
    <section aria-labelledby="notes-title">
      <div className="page-head">
        <h1 id="notes-title">Case notes</h1>
        {!form && who ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" className="primary" onClick={() => openForm({ mode: 'new' })}>
              New note
            </button>
          </div>
        ) : null}
      </div>
      <div className="toolbar">
        <SuperviseePicker view="notes" people={people} value={who} onChosen={() => setForm(null)} />
      </div>
      {form ? (
        <NoteForm
          key={form.mode === 'edit' ? form.note.id : `new-${who}-${form.caseCode ?? ''}`}
          title={form.mode === 'edit' ? `Edit the note on ${form.note.caseCode}` : 'New case note'}
          subtitle={person ? `About a case ${person.fullName} brought` : undefined}
          editing={form.mode === 'edit' ? form.note : undefined}
          caseCode={form.mode === 'new' ? form.caseCode : undefined}
          sessions={sessions}
          draftKey={{ superviseeId: who, noteId: form.mode === 'edit' ? form.note.id : null }}
          onCancel={() => setForm(null)}
          onSubmit={async (patch) => {
            const refused = await refusalOf(
              form.mode === 'edit'
                ? update.mutateAsync({ id: form.note.id, patch })
                : create.mutateAsync({ superviseeId: who, ...patch }),
            );
            if (!refused) {
              setForm(null);
              setUndo(null);
              setSaid({ who, text: `The note on ${patch.caseCode} was saved.` });
            }
            return refused;
          }}
        />
      ) : null}
      {notice?.error ? <ErrorAlert message={notice.text} /> : null}
      {notice && !notice.error ? (
        <div className="alert info" role="status">
          {notice.text}{' '}
          {undoable ? (
            <button
              type="button"
              className="link"
              onClick={async () => {
                const refused = await refusalOf(restore.mutateAsync({ id: undoable.id }));
                setUndo(null);
                setSaid(refused ? { who, text: refused.message, error: true } : null);
              }}
            >
              Undo
            </button>
          ) : null}
        </div>
      ) : null}

      <div className="card">
        <h2>Open risks, all supervisees</h2>
        <p className="muted">
          A case stays here while its newest note carries a risk or ethics flag; a later note without flags closes it.
        </p>
        {risks.length ? (
          <Table label="Open risks" columns={['Supervisee', 'Case', 'Since', 'Flags']}>
            {risks.map((r) => (
              <tr key={r.noteId}>
                <td>{r.superviseeName}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Open case ${r.caseCode} of ${r.superviseeName}`}
                    onClick={() => {
                      navigate({ view: 'notes', id: r.superviseeId });
                      setOpenCase({ who: r.superviseeId, code: r.caseCode });
                    }}
                  >
                    {r.caseCode}
                  </button>
                </td>
                <td>{dateText(r.date)}</td>
                <td>
                  <RiskBadges flags={r.riskFlags} />
                </td>
              </tr>
            ))}
          </Table>
        ) : (
          <InfoAlert message="No open risks." />
        )}
      </div>

      {caseCode ? (
        <div className="card" aria-labelledby="case-title" ref={threadRef}>
          <div className="page-head">
            <h2 id="case-title">Case {caseCode}</h2>
            <div className="actions" style={{ marginTop: 0 }}>
              <button type="button" onClick={() => openForm({ mode: 'new', caseCode })}>
                Add a note to this case
              </button>
              <button
                type="button"
                onClick={() => {
                  setOpenCase(null);
                  if (props.noteId) navigate({ view: 'notes', id: who });
                }}
              >
                Close case
              </button>
            </div>
          </div>
          <div className="note-thread">
            {thread.map((n) => (
              <article
                key={n.id}
                className={n.riskFlags.length ? 'flagged' : undefined}
                aria-label={`Note of ${dateText(n.date)}`}
              >
                <h3>
                  {dateText(n.date)} <RiskBadges flags={n.riskFlags} />
                </h3>
                <dl className="details">
                  {(
                    [
                      ['Presenting concern', n.presentingConcern],
                      ['Discussed', n.discussion],
                      ['Guidance', n.guidance],
                      ['Their reactions', n.reactions],
                      ['Plan', n.plan],
                      ['Possible identifiers kept because', n.identifiersReason ?? ''],
                    ] as const
                  )
                    .filter(([, v]) => v)
                    .map(([k, v]) => (
                      <div key={k} style={{ display: 'contents' }}>
                        <dt>{k}</dt>
                        <dd>{v}</dd>
                      </div>
                    ))}
                  {n.actions.length ? (
                    <>
                      <dt>Action items</dt>
                      <dd>
                        {n.actions
                          .map((a) => `${a.text}${a.due ? ` (by ${dateText(a.due)})` : ''}${a.doneAt ? ': done' : ''}`)
                          .join('; ')}
                      </dd>
                    </>
                  ) : null}
                </dl>
              </article>
            ))}
          </div>
        </div>
      ) : null}

      <div className="card">
        <h2>{person ? `${person.fullName}’s notes` : 'Notes'}</h2>
        {notes.length ? (
          <Table label="Case notes" columns={['Date', 'Case', 'Presenting concern', 'Flags', 'Open actions', '']}>
            {notes.map((n) => (
              <tr key={n.id}>
                <td>{dateText(n.date)}</td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="link"
                    aria-label={`Open case ${n.caseCode}`}
                    onClick={() => setOpenCase({ who, code: n.caseCode })}
                  >
                    {n.caseCode}
                  </button>
                </td>
                <td>{n.presentingConcern}</td>
                <td>
                  <RiskBadges flags={n.riskFlags} />
                </td>
                <td>{n.actions.filter((a) => !a.doneAt).length}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => openForm({ mode: 'edit', note: n })}
                    aria-label={`Edit the ${dateText(n.date)} note on ${n.caseCode}`}
                  >
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => void remove(n)}
                    aria-label={`Delete the ${dateText(n.date)} note on ${n.caseCode}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        ) : (
          <div className="empty">No notes yet. Write one after a supervision session: New note.</div>
        )}
        {notes.length >= limit && limit + NOTES_PAGE <= MAX_NOTES_SHOWN ? (
          <div className="actions">
            <button type="button" onClick={() => setShown({ who, limit: limit + NOTES_PAGE })}>
              Show older notes
            </button>
          </div>
        ) : null}
      </div>
      <div className="card">
        <div className="page-head">
          <h2>Open follow-ups</h2>
          <SelectField
            label="Whose"
            value={followUpsFor}
            onChange={(e) => setFollowUpsFor(e.target.value as 'this' | 'all')}
          >
            <option value="this">{person ? person.fullName : 'This supervisee'}</option>
            <option value="all">Every supervisee</option>
          </SelectField>
        </div>
        {followUps.length ? (
          <Table label="Open follow-ups" columns={['', 'Action', 'Due', 'Case', 'Supervisee']}>
            {followUps.map((a) => (
              <tr key={a.id}>
                <td>
                  <button
                    type="button"
                    aria-label={`Mark done: ${a.text}`}
                    onClick={async () => {
                      const refused = await refusalOf(setDone.mutateAsync({ id: a.id, done: true }));
                      setDoneUndo(refused ? null : { who, id: a.id, text: a.text });
                      if (refused) setSaid({ who, text: refused.message, error: true });
                    }}
                  >
                    Mark done
                  </button>
                </td>
                <td>{a.text}</td>
                <td>{a.due ? <DueText due={a.due} /> : 'No date'}</td>
                <td className="nowrap">{a.caseCode}</td>
                <td>{a.superviseeName}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <InfoAlert message="No open follow-ups." />
        )}
        {lastDone ? (
          <div className="alert info" role="status">
            Marked done: {lastDone.text}.{' '}
            <button
              type="button"
              className="link"
              onClick={async () => {
                await refusalOf(setDone.mutateAsync({ id: lastDone.id, done: false }));
                setDoneUndo(null);
              }}
            >
              Undo
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
