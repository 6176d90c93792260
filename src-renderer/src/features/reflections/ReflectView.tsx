// Reflect: pick a supervisee and a prompt set (and, if it helps, the session and case it is about),
// answer the prompts inline (Ctrl/Cmd+Enter moves to the next), keep the answers, and read a
// supervisee's answers over time, all of them or one prompt's.
import { SessionOptions } from '../sessions/SessionOptions';
import { useRef, useState, type FormEvent } from 'react';
import type { Reflection } from '../../../../src-main/contract/reflections';
import { invalidate, refusalOf, useRead, useWrite } from '../../api/queries';
import { momentText } from '../../app/format';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { Table } from '../../components/Table';
import { useSessions } from '../sessions/hooks';
import { CURRENT, useSupervisees } from '../supervisees/hooks';
import { SuperviseePicker } from '../supervisees/SuperviseePicker';

const NO_ANSWERS: Reflection[] = [];

export function ReflectView(props: { superviseeId: string | null }) {
  const people = useSupervisees(CURRENT).data ?? null;
  const who = props.superviseeId ?? (people?.find((s) => s.status === 'active') ?? people?.[0])?.id ?? '';
  const sets = useRead('reflections.sets', {}).data ?? [];
  const [setId, setSetId] = useState('gibbs');
  const set = sets.find((s) => s.id === setId) ?? sets[0];
  const sessions = useSessions(who).data ?? [];
  const [sessionId, setSessionId] = useState('');
  const [caseCode, setCaseCode] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [said, setSaid] = useState<{ who: string; text: string; error?: boolean } | null>(null);
  const [historyPrompt, setHistoryPrompt] = useState('');
  const history =
    useRead(
      'reflections.list',
      { superviseeId: who, ...(historyPrompt && set ? { setId: set.id, promptId: historyPrompt } : {}) },
      { enabled: !!who },
    ).data ?? NO_ANSWERS;
  const save = useWrite('reflections.save', () => void invalidate('reflections.list', who));
  const boxes = useRef<(HTMLTextAreaElement | null)[]>([]);
  const saveButton = useRef<HTMLButtonElement>(null);
  const notice = said?.who === who ? said : null;

  if (people && people.length === 0)
    return (
      <section aria-labelledby="reflect-title">
        <h1 id="reflect-title">Reflect</h1>
        <div className="card empty">Add a supervisee first; reflections with them will show here.</div>
      </section>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!set) return;
    const refused = await refusalOf(
      save.mutateAsync({
        superviseeId: who,
        setId: set.id,
        sessionId: sessionId || null,
        caseCode: caseCode.trim() || null,
        answers: set.prompts.map((p) => ({ promptId: p.id, answer: answers[p.id] ?? '' })),
      }),
    );
    if (refused) setSaid({ who, text: refused.issues?.[0]?.message ?? refused.message, error: true });
    else {
      const n = set.prompts.filter((p) => (answers[p.id] ?? '').trim()).length;
      setSaid({ who, text: `${n} answer${n === 1 ? '' : 's'} kept.` });
      setAnswers({});
    }
  }

  return (
    <section aria-labelledby="reflect-title">
      <div className="page-head">
        <h1 id="reflect-title">Reflect</h1>
      </div>
      <div className="toolbar">
        <SuperviseePicker view="reflect" people={people} value={who} />
        <SelectField
          label="Prompt set"
          value={set?.id ?? ''}
          onChange={(e) => {
            setSetId(e.target.value);
            setHistoryPrompt('');
          }}
        >
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
      {set ? (
        <form className="card" aria-label={`Answer: ${set.name}`} onSubmit={(e) => void submit(e)} noValidate>
          <h2>{set.name}</h2>
          <p className="muted">
            {set.model}, version {set.version}. Ctrl/Cmd+Enter moves to the next prompt; empty prompts are left out.
          </p>
          <div className="grid-2">
            <SelectField label="About the session" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">No particular session</option>
              <SessionOptions sessions={sessions} />
            </SelectField>
            <TextField
              label="About the case"
              hint="A case code, like C-014 (optional)."
              autoComplete="off"
              value={caseCode}
              onChange={(e) => setCaseCode(e.target.value)}
            />
          </div>
          {set.prompts.map((p, i) => (
            <TextAreaField
              key={`${set.id}-${p.id}`}
              label={p.text}
              ref={(el) => {
                boxes.current[i] = el;
              }}
              value={answers[p.id] ?? ''}
              onChange={(e) => setAnswers((a) => ({ ...a, [p.id]: e.target.value }))}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  (boxes.current[i + 1] ?? saveButton.current)?.focus();
                }
              }}
            />
          ))}
          {notice?.error ? <ErrorAlert message={notice.text} /> : null}
          {notice && !notice.error ? <InfoAlert message={notice.text} /> : null}
          <div className="actions">
            <button type="submit" className="primary" ref={saveButton} disabled={save.isPending}>
              Keep these answers
            </button>
          </div>
        </form>
      ) : null}
      <div className="card">
        <div className="page-head">
          <h2>Answers over time</h2>
          <SelectField label="Prompt" value={historyPrompt} onChange={(e) => setHistoryPrompt(e.target.value)}>
            <option value="">Every prompt</option>
            {set?.prompts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </SelectField>
        </div>
        {history.length ? (
          <Table label="Answers over time" columns={['When', 'Asked', 'Answer', 'Case']}>
            {history.map((r) => (
              <tr key={r.id}>
                <td>{momentText(r.createdAt)}</td>
                <td>
                  {r.promptText}
                  <div className="muted">
                    {sets.find((s) => s.id === r.setId)?.name ?? r.setId}, {r.setVersion}
                  </div>
                </td>
                <td>{r.answer}</td>
                <td>{r.caseCode ?? ''}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <div className="empty">No answers yet{historyPrompt ? ' to this prompt' : ''}.</div>
        )}
      </div>
    </section>
  );
}
