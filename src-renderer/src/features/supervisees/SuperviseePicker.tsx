// The "Supervisee" choice at the top of a view about one supervisee at a time (sessions, notes,
// reflections): choosing moves to that supervisee's address in the view (#/<view>/<id>).
import type { Supervisee } from '../../../../src-main/contract/supervisees';
import { navigate } from '../../app/routes';
import type { ViewId } from '../../app/navigation';
import { SelectField } from '../../components/Field';

export function SuperviseePicker(props: {
  view: ViewId;
  people: readonly Supervisee[] | null;
  value: string;
  // Anything the view drops when the supervisee changes (an open form).
  onChosen?: () => void;
}) {
  return (
    <div className="grow">
      <SelectField
        label="Supervisee"
        value={props.value}
        onChange={(e) => {
          navigate({ view: props.view, id: e.target.value });
          props.onChosen?.();
        }}
      >
        <PersonOptions people={props.people ?? []} />
      </SelectField>
    </div>
  );
}

// One option per supervisee, by name: every "whose" choice lists them the same way.
export function PersonOptions(props: { people: readonly Pick<Supervisee, 'id' | 'fullName'>[] }) {
  return props.people.map((p) => (
    <option key={p.id} value={p.id}>
      {p.fullName}
    </option>
  ));
}
