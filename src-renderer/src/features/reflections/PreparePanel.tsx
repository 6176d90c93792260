// "Prepare the next meeting": choose prompts from the set in view; they wait, are shown when the
// supervisee's next session is logged, and can be printed as a sheet to fill in by hand.
import { useState } from 'react';
import type { PromptSet } from '../../../../src-main/contract/reflections';
import { call, refusalOf, RequestFailed } from '../../api/queries';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { UNENCRYPTED } from '../../components/notices';
import { usePrepare, usePrepared, useUnprepare } from './hooks';

export function PreparePanel(props: { who: string; set: PromptSet; setNames: Map<string, string> }) {
  const { who, set } = props;
  const waiting = usePrepared(who).data ?? [];
  const prepare = usePrepare();
  const unprepare = useUnprepare();
  const [chosen, setChosen] = useState<string[]>([]);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  const isWaiting = (promptId: string) => waiting.some((w) => w.setId === set.id && w.promptId === promptId);

  async function add() {
    const refused = await refusalOf(
      prepare.mutateAsync({
        superviseeId: who,
        prompts: chosen.map((promptId) => ({ setId: set.id, promptId })),
      }),
    );
    if (refused)
      setSaid({
        text: refused.issues?.[0]?.message ?? refused.message,
        error: true,
      });
    else {
      setSaid({
        text: `${chosen.length} prompt${chosen.length === 1 ? '' : 's'} will wait for the next meeting.`,
      });
      setChosen([]);
    }
  }

  async function print(setId?: string) {
    setSaid({ text: 'Preparing the PDF…' });
    try {
      const r = await call('reflections.sheetPdf', {
        superviseeId: who,
        ...(setId ? { setId } : {}),
      });
      setSaid(r.path ? { text: `Saved to ${r.path}. ${UNENCRYPTED}` } : null);
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
      setSaid({ text: e.error.message, error: true });
    }
  }

  return (
    <div className="card" role="region" aria-label="Prepare the next meeting">
      <h2>Prepare the next meeting</h2>
      <p className="muted">
        Chosen prompts show when this supervisee’s next session is logged, and can be answered for that session.
      </p>
      {waiting.length ? (
        <ul className="plain-list" aria-label="Waiting for the next meeting">
          {waiting.map((w) => (
            <li key={w.id}>
              {w.promptText} <span className="muted">({props.setNames.get(w.setId) ?? w.setId})</span>{' '}
              <button
                type="button"
                className="link"
                aria-label={`Remove: ${w.promptText}`}
                onClick={() => void unprepare.mutateAsync({ id: w.id })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty">Nothing is waiting for the next meeting yet.</div>
      )}
      <fieldset className="choose">
        <legend>Ask next time, from {set.name}</legend>
        {set.prompts.map((p) => (
          <label key={p.id} className="checkbox">
            <input
              type="checkbox"
              disabled={isWaiting(p.id)}
              checked={isWaiting(p.id) || chosen.includes(p.id)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id)))}
            />
            {p.text}
          </label>
        ))}
      </fieldset>
      {said?.error ? <ErrorAlert message={said.text} /> : null}
      {said && !said.error ? <InfoAlert message={said.text} /> : null}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!chosen.length || prepare.isPending}
          onClick={() => void add()}
        >
          Prepare the chosen prompts
        </button>
        <button type="button" disabled={!waiting.length} onClick={() => void print()}>
          Print the prompt sheet
        </button>
        <button type="button" onClick={() => void print(set.id)}>
          Print this whole set
        </button>
      </div>
    </div>
  );
}
