// Answer a prompt set inline (about a session, a case, a goal of the agreement, or none), with the
// prompts prepared for the chosen session first. Ctrl/Cmd+Enter
// moves to the next prompt; empty answers are left out. Themes apply to every answer of the sitting
// (each answer's tags can be changed later in the history).
import { useRef, useState, type FormEvent } from 'react';
import type { PromptSet } from '../../../../src-main/contract/reflections';
import type { Session } from '../../../../src-main/contract/sessions';
import { refusalOf } from '../../api/queries';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { SessionOptions } from '../sessions/SessionOptions';
import { usePrepared, useSaveAnswers } from './hooks';
import { useGoals } from '../agreements/hooks';
import { themesFrom } from './themes-text';
import { useDraft } from '../drafts/use-draft';
import type { ReflectionDraftValues } from '../../../../src-main/contract/drafts';
import { momentText } from '../../app/format';
import { localToday } from '../../../../src-main/contract/dates';
import type { AppErrorShape } from '../../../../src-main/contract/errors';

const ABOUT_FIELDS = ['sessionId', 'reflectedOn', 'caseCode', 'goalId', 'themes'] as const;
type AboutField = (typeof ABOUT_FIELDS)[number];

// Each problem goes to the field it names (a theme's problem, at any index, to Themes); the rest
// are said under the form.
function placeAbout(refused: AppErrorShape): { fields: Partial<Record<AboutField, string>>; general: string | null } {
  const fields: Partial<Record<AboutField, string>> = {};
  const general: string[] = [];
  for (const i of refused.issues ?? []) {
    const f = ABOUT_FIELDS.find((x) => x === i.path[0]);
    if (f) fields[f] ??= i.message;
    else general.push(i.message);
  }
  if (!refused.issues?.length) general.push(refused.message);
  return { fields, general: general[0] ?? null };
}

interface Box {
  key: string;
  label: string;
  promptId: string;
  preparedId?: string;
}

const EMPTY: ReflectionDraftValues = { sessionId: null, caseCode: '', goalId: null, themes: '', answers: {} };

export function AnswerForm(props: { who: string; set: PromptSet; sessions: readonly Session[] }) {
  const { who, set } = props;
  const [form, setForm] = useState<ReflectionDraftValues>(EMPTY);
  const { caseCode, themes, answers } = form;
  const sessionId = form.sessionId ?? '';
  const goalId = form.goalId ?? '';
  const goals = useGoals(who).data ?? [];
  const draft = useDraft('reflection', { superviseeId: who, setId: set.id });
  // Every change the person makes is also the draft's.
  const change = (patch: Partial<ReflectionDraftValues>) => {
    const next = { ...form, ...patch };
    setForm(next);
    draft.typed(next);
  };
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  // A refusal about one of the fields above the prompts is shown at that field, not under the form.
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AboutField, string>>>({});
  // The day it is about follows the chosen session (or today) until the person sets one.
  const [day, setDay] = useState<string | null>(null);
  const prepared = usePrepared(sessionId ? who : '', sessionId || null).data ?? [];
  const save = useSaveAnswers();
  const boxes = useRef<(HTMLTextAreaElement | null)[]>([]);
  const saveButton = useRef<HTMLButtonElement>(null);

  const fields: Box[] = [
    ...prepared.map((p) => ({
      key: `prepared-${p.id}`,
      label: p.promptText,
      promptId: p.promptId,
      preparedId: p.id,
    })),
    ...set.prompts.map((p) => ({
      key: `${set.id}-${p.id}`,
      label: p.text,
      promptId: p.id,
    })),
  ];

  const sessionDay = props.sessions.find((s) => s.id === sessionId)?.date;
  const reflectedOn = day ?? sessionDay ?? localToday();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const given = fields.filter((f) => (answers[f.key] ?? '').trim());
    const refused = await refusalOf(
      save.mutateAsync({
        superviseeId: who,
        setId: set.id,
        sessionId: sessionId || null,
        caseCode: caseCode.trim() || null,
        goalId: goalId || null,
        reflectedOn,
        themes: themesFrom(themes),
        answers: fields.map((f) => ({
          promptId: f.promptId,
          answer: answers[f.key] ?? '',
          ...(f.preparedId ? { preparedId: f.preparedId } : {}),
        })),
      }),
    );
    if (refused) {
      const { fields: placed, general } = placeAbout(refused);
      setFieldErrors(placed);
      setSaid(general ? { text: general, error: true } : null);
    } else {
      setFieldErrors({});
      setSaid({
        text: `${given.length} answer${given.length === 1 ? '' : 's'} kept.`,
      });
      draft.saved();
      setForm({ ...form, answers: {} });
    }
  }

  const box = (f: Box, i: number) => (
    <TextAreaField
      key={f.key}
      label={f.label}
      ref={(el) => {
        boxes.current[i] = el;
      }}
      value={answers[f.key] ?? ''}
      onChange={(e) => change({ answers: { ...answers, [f.key]: e.target.value } })}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          (boxes.current[i + 1] ?? saveButton.current)?.focus();
        }
      }}
    />
  );

  return (
    <form className="card" aria-label={`Answer: ${set.name}`} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{set.name}</h2>
      {draft.offered ? (
        <div className="alert info" role="status">
          Answers to this set from {momentText(draft.offered.updatedAt)} were kept as a draft.{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              const kept = draft.restore();
              if (kept) setForm(kept);
            }}
          >
            Restore the draft
          </button>{' '}
          <button type="button" className="link" onClick={draft.discard}>
            Discard it
          </button>
        </div>
      ) : null}
      <p className="muted">
        {set.model}, version {set.version}. Ctrl/Cmd+Enter moves to the next prompt; empty prompts are left out.
      </p>
      <div className="grid-2">
        <SelectField
          label="About the session"
          value={sessionId}
          onChange={(e) => change({ sessionId: e.target.value || null })}
          error={fieldErrors.sessionId}
        >
          <option value="">No particular session</option>
          <SessionOptions sessions={props.sessions} />
        </SelectField>
        <TextField
          label="Day it is about"
          type="date"
          hint="The session’s day, or today; change it for an earlier reflection."
          value={reflectedOn}
          onChange={(e) => setDay(e.target.value || null)}
          error={fieldErrors.reflectedOn}
        />
        <TextField
          label="About the case"
          hint="A case code, like C-014 (optional)."
          autoComplete="off"
          value={caseCode}
          onChange={(e) => change({ caseCode: e.target.value })}
          error={fieldErrors.caseCode}
        />
        <SelectField
          label="About the goal"
          value={goalId}
          onChange={(e) => change({ goalId: e.target.value || null })}
          error={fieldErrors.goalId}
        >
          <option value="">No particular goal</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.text}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Themes"
          hint="Words separated by commas, like boundaries, self-care."
          autoComplete="off"
          value={themes}
          onChange={(e) => change({ themes: e.target.value })}
          error={fieldErrors.themes}
        />
      </div>
      {prepared.length ? (
        <fieldset className="prepared">
          <legend>Prepared for this session</legend>
          {fields.slice(0, prepared.length).map(box)}
        </fieldset>
      ) : null}
      {fields.slice(prepared.length).map((f, i) => box(f, i + prepared.length))}
      {said?.error ? <ErrorAlert message={said.text} /> : null}
      {said && !said.error ? <InfoAlert message={said.text} /> : null}
      <div className="actions">
        <button type="submit" className="primary" ref={saveButton} disabled={save.isPending}>
          Keep these answers
        </button>
      </div>
    </form>
  );
}
