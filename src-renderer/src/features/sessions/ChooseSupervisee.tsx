// Asked when the quick-log shortcut is pressed with no supervisee in view: whose session is it?
import { useState, type FormEvent } from 'react';
import type { Supervisee } from '../../../../src-main/contract/supervisees';
import { SelectField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';

export function ChooseSupervisee(props: {
  people: Supervisee[];
  onChoose: (id: string) => void;
  onCancel: () => void;
}) {
  const [id, setId] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!id) setError('Choose whose session you are logging.');
    else props.onChoose(id);
  }
  return (
    <form
      className="card"
      aria-label="Whose session?"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      noValidate
    >
      <h2>Log a session for…</h2>
      <SelectField label="Supervisee" autoFocus value={id} onChange={(e) => setId(e.target.value)} error={error}>
        <option value="">Choose a supervisee</option>
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.fullName}
          </option>
        ))}
      </SelectField>
      <FormActions submit="Continue" onCancel={props.onCancel} />
    </form>
  );
}
