// In a supervisee's vault: the prompts their supervisor sent for the next meeting (docs/exchange.md).
// Answers are kept here first, as this person's own reflections; "Send the answers…" then seals them
// into a packet for the supervisor. Prompts already answered show their answer.
import { useState, type FormEvent } from 'react';
import { localToday } from '../../../../src-main/contract/dates';
import { attempt, useRead } from '../../api/queries';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { dateText } from '../../app/format';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { TextAreaField, TextField } from '../../components/Field';

export function SupervisorPrompts(props: { who: string }) {
  const sent = useRead('reflections.fromSupervisor', { superviseeId: props.who }).data;
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [day, setDay] = useState(localToday());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [said, setSaid] = useState<string | null>(null);
  if (!sent) return null;
  const key = (p: { setId: string; promptId: string }) => `${p.setId}:${p.promptId}`;
  const open = sent.prompts.filter((p) => p.answer === null);
  const answered = sent.prompts.length - open.length;

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaid(null);
    const r = await attempt('reflections.answerSupervisor', {
      superviseeId: props.who,
      reflectedOn: day,
      answers: open.map((p) => ({ setId: p.setId, promptId: p.promptId, answer: typed[key(p)] ?? '' })),
    });
    if (!r.ok) return setErrors(formErrors(r.error, ['reflectedOn']));
    setErrors(NO_ERRORS);
    setTyped({});
    setSaid(`Kept ${r.value.length} answer${r.value.length === 1 ? '' : 's'} in your vault.`);
  }

  async function sendBack() {
    setSaid(null);
    const r = await attempt('exchange.send', { superviseeId: props.who, kind: 'answers' });
    if (!r.ok) setErrors(formErrors(r.error, []));
    else if (r.value.path) {
      setErrors(NO_ERRORS);
      setSaid(`Saved your answers to ${r.value.path}. Only your supervisor can open it.`);
    }
  }

  return (
    <section className="card" aria-labelledby="from-supervisor-title">
      <h2 id="from-supervisor-title">Prompts from your supervisor</h2>
      <p className="muted">
        Received {dateText(sent.receivedAt.slice(0, 10))}: {sent.prompts.length} prompt
        {sent.prompts.length === 1 ? '' : 's'}, {answered} answered. Your answers stay in your vault until you send
        them.
      </p>
      {sent.prompts
        .filter((p) => p.answer !== null)
        .map((p) => (
          <div key={key(p)} className="answered">
            <strong>{p.promptText}</strong>
            <p>{p.answer}</p>
          </div>
        ))}
      {open.length ? (
        <form onSubmit={(e) => void save(e)} noValidate aria-label="Answer your supervisor’s prompts">
          {open.map((p) => (
            <TextAreaField
              key={key(p)}
              label={p.promptText}
              hint={p.setName}
              value={typed[key(p)] ?? ''}
              onChange={(e) => setTyped({ ...typed, [key(p)]: e.target.value })}
            />
          ))}
          <TextField
            label="Day of the reflection"
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
            error={errors.field('reflectedOn')}
          />
          <div className="actions">
            <button type="submit" className="primary">
              Keep my answers
            </button>
          </div>
        </form>
      ) : null}
      <ErrorAlert message={errors.general} />
      <InfoAlert message={said} />
      {answered ? (
        <div className="actions">
          <button type="button" onClick={() => void sendBack()}>
            Send the answers to your supervisor…
          </button>
        </div>
      ) : null}
    </section>
  );
}
