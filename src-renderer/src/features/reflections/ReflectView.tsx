// Reflect: pick a supervisee and a prompt set (built-in or the supervisor's own), answer it inline
// (with the prompts prepared for the chosen session first), prepare prompts for the next meeting
// and print them, and read a supervisee's answers over time by prompt and by theme.
import { useState } from 'react';
import { CURRENT, useSupervisees } from '../supervisees/hooks';
import { SuperviseePicker } from '../supervisees/SuperviseePicker';
import { SelectField } from '../../components/Field';
import { useSessions } from '../sessions/hooks';
import { AnswerForm } from './AnswerForm';
import { AnswerHistory } from './AnswerHistory';
import { usePromptSets } from './hooks';
import { OwnSets } from './OwnSets';
import { PreparePanel } from './PreparePanel';
import { SupervisorPrompts } from './SupervisorPrompts';
import { useVaultRole } from '../settings/vault-role';

export function ReflectView(props: { superviseeId: string | null; record?: string | null }) {
  const people = useSupervisees(CURRENT).data ?? null;
  const who = props.superviseeId ?? (people?.find((s) => s.status === 'active') ?? people?.[0])?.id ?? '';
  const sets = usePromptSets().data ?? [];
  // Retired sets still name the answers given to them.
  const allSets = usePromptSets(true).data ?? sets;
  const [setId, setSetId] = useState('gibbs');
  const [managing, setManaging] = useState(false);
  const set = sets.find((s) => s.id === setId) ?? sets[0];
  const sessions = useSessions(who).data ?? [];
  // A supervisee answers the prompts their supervisor prepares; they prepare none.
  const preparing = useVaultRole() === 'supervisor';

  if (people && people.length === 0)
    return (
      <section aria-labelledby="reflect-title">
        <h1 id="reflect-title">Reflect</h1>
        <div className="card empty">Add a supervisee first; reflections with them will show here.</div>
      </section>
    );

  return (
    <section aria-labelledby="reflect-title">
      <div className="page-head">
        <h1 id="reflect-title">Reflect</h1>
        {!managing ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" onClick={() => setManaging(true)}>
              Your prompt sets
            </button>
          </div>
        ) : null}
      </div>
      <div className="toolbar">
        <SuperviseePicker view="reflect" people={people} value={who} />
        <SelectField label="Prompt set" value={set?.id ?? ''} onChange={(e) => setSetId(e.target.value)}>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.builtIn ? '' : ' (yours)'}
            </option>
          ))}
        </SelectField>
      </div>
      {who ? <SupervisorPrompts key={who} who={who} /> : null}
      {managing ? <OwnSets onMade={(s) => setSetId(s.id)} onClose={() => setManaging(false)} /> : null}
      {set && who ? (
        <AnswerForm key={`${who}:${set.id}:${set.version}`} who={who} set={set} sessions={sessions} />
      ) : null}
      {set && who && preparing ? (
        <PreparePanel
          key={`${who}:${set.id}`}
          who={who}
          set={set}
          setNames={new Map(allSets.map((s) => [s.id, s.name]))}
        />
      ) : null}
      {who ? <AnswerHistory who={who} set={set} sets={allSets} opened={props.record ?? null} /> : null}
    </section>
  );
}
