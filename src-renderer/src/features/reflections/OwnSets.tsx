// The supervisor's own prompt sets: make one, edit it (a new version), retire it (its answers stay)
// or bring it back. Built-in sets are listed for what they are and cannot be changed.
import { useState } from 'react';
import type { PromptSet } from '../../../../src-main/contract/reflections';
import { RequestFailed } from '../../api/queries';
import { InfoAlert } from '../../components/Alert';
import { Table } from '../../components/Table';
import { useCreateSet, usePromptSets, useRetireSet, useUpdateSet } from './hooks';
import { SetEditor } from './SetEditor';

export function OwnSets(props: { onMade: (set: PromptSet) => void; onClose: () => void }) {
  const sets = usePromptSets(true).data ?? [];
  const own = sets.filter((s) => !s.builtIn);
  const [editing, setEditing] = useState<PromptSet | 'new' | null>(own.length ? null : 'new');
  const [said, setSaid] = useState<string | null>(null);
  const create = useCreateSet();
  const update = useUpdateSet();
  const retire = useRetireSet();

  if (editing)
    return (
      <SetEditor
        editing={editing === 'new' ? undefined : editing}
        onCancel={() => (own.length ? setEditing(null) : props.onClose())}
        onSubmit={async (input) => {
          try {
            const made =
              editing === 'new'
                ? await create.mutateAsync(input)
                : await update.mutateAsync({ ...input, id: editing.id });
            setEditing(null);
            setSaid(
              editing === 'new' ? `“${made.name}” is ready to use.` : `“${made.name}” is now version ${made.version}.`,
            );
            props.onMade(made);
            return null;
          } catch (e) {
            if (e instanceof RequestFailed) return e.error;
            throw e;
          }
        }}
      />
    );

  return (
    <div className="card" role="region" aria-label="Your prompt sets">
      <div className="page-head">
        <h2>Your prompt sets</h2>
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            New prompt set
          </button>
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </div>
      <InfoAlert message={said} />
      {own.length ? (
        <Table label="Your prompt sets" columns={['Set', 'Prompts', 'Version', '']}>
          {own.map((s) => (
            <tr key={s.id}>
              <td>
                {s.name}
                {s.retired ? <span className="badge archived"> retired</span> : null}
                <div className="muted">{s.model}</div>
              </td>
              <td>{s.prompts.length}</td>
              <td>{s.version}</td>
              <td>
                <div className="actions" style={{ marginTop: 0 }}>
                  {!s.retired ? (
                    <button type="button" aria-label={`Edit ${s.name}`} onClick={() => setEditing(s)}>
                      Edit
                    </button>
                  ) : null}
                  <button
                    type="button"
                    aria-label={`${s.retired ? 'Bring back' : 'Retire'} ${s.name}`}
                    onClick={() =>
                      void retire
                        .mutateAsync({ id: s.id, retired: !s.retired })
                        .then(() =>
                          setSaid(
                            s.retired
                              ? `“${s.name}” is back in the list of sets.`
                              : `“${s.name}” is retired: it is no longer offered, and its answers stay.`,
                          ),
                        )
                    }
                  >
                    {s.retired ? 'Bring back' : 'Retire'}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </Table>
      ) : (
        <div className="empty">You have no prompt sets of your own yet.</div>
      )}
      <p className="muted">
        Built-in sets ({sets.filter((s) => s.builtIn).length}) follow the models in the domain primer; they are updated
        with Alliance and cannot be edited here.
      </p>
    </div>
  );
}
