// A supervisee's answers over time: all of them, one prompt's (how did they answer "what did this
// case stir in you?" over a year), or one theme's. Each answer's theme tags can be changed in place.
// An answer opened from search is marked and scrolled to.
import { useEffect, useRef, useState } from 'react';
import type { PromptSet, Reflection } from '../../../../src-main/contract/reflections';
import { refusalOf, useRead } from '../../api/queries';
import { dateText } from '../../app/format';
import { SelectField, TextField } from '../../components/Field';
import { Table } from '../../components/Table';
import { useTagAnswer, useThemes } from './hooks';
import { useGoals } from '../agreements/hooks';
import { themesFrom, themesText } from './themes-text';

const NO_ANSWERS: Reflection[] = [];

function ThemeEditor(props: { answer: Reflection; onDone: () => void }) {
  const [text, setText] = useState(themesText(props.answer.themes));
  const [error, setError] = useState<string | null>(null);
  const tag = useTagAnswer();
  async function keep() {
    const refused = await refusalOf(tag.mutateAsync({ id: props.answer.id, themes: themesFrom(text) }));
    if (refused) setError(refused.issues?.[0]?.message ?? refused.message);
    else props.onDone();
  }
  return (
    <div
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void keep();
        }
        if (e.key === 'Escape') props.onDone();
      }}
    >
      <TextField
        label="Themes"
        hint="Separated by commas. Enter keeps, Esc cancels."
        autoFocus
        autoComplete="off"
        value={text}
        error={error}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="actions" style={{ marginTop: 0 }}>
        <button type="button" className="primary" onClick={() => void keep()}>
          Keep themes
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function AnswerHistory(props: {
  who: string;
  set: PromptSet | undefined;
  sets: PromptSet[];
  opened: string | null;
}) {
  const { who, set } = props;
  // A prompt of the set in view: choosing another set forgets it.
  const [chosen, setChosen] = useState({ setId: '', promptId: '' });
  const prompt = chosen.setId === set?.id ? chosen.promptId : '';
  const [theme, setTheme] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const themes = useThemes(who).data ?? [];
  const goals = useGoals(who).data ?? [];
  const history =
    useRead(
      'reflections.list',
      {
        superviseeId: who,
        ...(prompt && set ? { setId: set.id, promptId: prompt } : {}),
        ...(theme ? { theme } : {}),
      },
      { enabled: !!who },
    ).data ?? NO_ANSWERS;
  const openedRow = useRef<HTMLTableRowElement>(null);
  const found = history.some((r) => r.id === props.opened);
  useEffect(() => {
    if (found) openedRow.current?.scrollIntoView({ block: 'center' });
  }, [found]);

  return (
    <div className="card">
      <div className="page-head">
        <h2>Answers over time</h2>
        <div className="toolbar" style={{ margin: 0 }}>
          <SelectField
            label="Prompt"
            value={prompt}
            onChange={(e) => setChosen({ setId: set?.id ?? '', promptId: e.target.value })}
          >
            <option value="">Every prompt</option>
            {set?.prompts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </SelectField>
          <SelectField label="Theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">Every theme</option>
            {themes.map((t) => (
              <option key={t.theme} value={t.theme}>
                {t.theme} ({t.count})
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      {history.length ? (
        <Table label="Answers over time" columns={['When', 'Asked', 'Answer', 'About', 'Themes']}>
          {history.map((r) => (
            <tr
              key={r.id}
              ref={r.id === props.opened ? openedRow : undefined}
              className={r.id === props.opened ? 'opened' : undefined}
              aria-current={r.id === props.opened ? 'true' : undefined}
            >
              <td>{dateText(r.reflectedOn)}</td>
              <td>
                {r.promptText}
                <div className="muted">
                  {props.sets.find((s) => s.id === r.setId)?.name ?? r.setId}, version {r.setVersion}
                </div>
              </td>
              <td style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</td>
              <td>
                <span className="nowrap">{r.caseCode ?? ''}</span>
                {r.goalId ? (
                  <div className="muted">Goal: {goals.find((g) => g.id === r.goalId)?.text ?? '—'}</div>
                ) : null}
              </td>
              <td>
                {editing === r.id ? (
                  <ThemeEditor answer={r} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    {r.themes.map((t) => (
                      <span key={t} className="badge theme">
                        {t}
                      </span>
                    ))}
                    <button
                      type="button"
                      className="link"
                      aria-label={`Edit themes of the answer from ${dateText(r.reflectedOn)}`}
                      onClick={() => setEditing(r.id)}
                    >
                      {r.themes.length ? 'Edit' : 'Add themes'}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </Table>
      ) : (
        <div className="empty">
          No answers yet{prompt ? ' to this prompt' : ''}
          {theme ? ` with the theme “${theme}”` : ''}.
        </div>
      )}
    </div>
  );
}
