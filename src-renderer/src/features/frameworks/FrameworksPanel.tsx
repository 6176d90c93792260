// The frameworks on offer: the built-in templates and your own, each with its version, scale and
// whether reviews use it. Make one, copy a template to edit, edit your own (a new version once it is
// in use), import one from a file, retire one or bring it back.
import { useState } from 'react';
import type { Framework } from '../../../../src-main/contract/frameworks';
import { refusalOf } from '../../api/queries';
import { InfoAlert } from '../../components/Alert';
import { Table } from '../../components/Table';
import { FrameworkEditor } from './FrameworkEditor';
import { FrameworkImport } from './FrameworkImport';
import { useCreateFramework, useFrameworks, useRetireFramework, useUpdateFramework } from './hooks';

type Mode = { kind: 'edit'; from: Framework | null } | { kind: 'import' } | null;

export function FrameworksPanel(props: { onClose: () => void }) {
  const list = useFrameworks(true).data ?? [];
  const create = useCreateFramework();
  const update = useUpdateFramework();
  const retire = useRetireFramework();
  const [mode, setMode] = useState<Mode>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (mode?.kind === 'edit') {
    const from = mode.from;
    return (
      <FrameworkEditor
        from={from}
        onCancel={() => setMode(null)}
        onSubmit={async (definition) => {
          let saved: Framework | null = null;
          const refused = await refusalOf(
            (from && !from.builtIn
              ? update.mutateAsync({ family: from.family, definition })
              : create.mutateAsync(definition)
            ).then((f) => (saved = f)),
          );
          if (!refused && saved) {
            const f: Framework = saved;
            setStatus(`${f.name} saved${f.version > 1 ? ` as version ${f.version}` : ''}.`);
            setMode(null);
          }
          return refused;
        }}
      />
    );
  }
  if (mode?.kind === 'import')
    return (
      <FrameworkImport
        onDone={(message) => {
          setStatus(message ?? null);
          setMode(null);
        }}
      />
    );

  return (
    <section className="card" aria-labelledby="frameworks-title">
      <div className="page-head">
        <h2 id="frameworks-title">Frameworks</h2>
        <div className="actions" style={{ marginTop: 0 }}>
          <button type="button" onClick={() => setMode({ kind: 'edit', from: null })}>
            New framework
          </button>
          <button type="button" onClick={() => setMode({ kind: 'import' })}>
            Import from a file…
          </button>
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </div>
      <InfoAlert message={status} />
      <Table label="Frameworks" columns={['Framework', 'Scale', 'Competencies', 'In use', '']}>
        {list.map((f) => (
          <tr key={f.family} className={f.retiredAt ? 'retired' : undefined}>
            <th scope="row">
              {f.name}
              <span className="muted">
                {f.builtIn ? ' · built-in' : ` · version ${f.version}`}
                {f.retiredAt ? ' · retired' : ''}
              </span>
            </th>
            <td>
              {f.scaleMin} to {f.scaleMax}
              {f.halfLevels ? ', halves' : ''}
            </td>
            <td>{f.competencies.length}</td>
            <td>{f.inUse ? 'Yes' : 'No'}</td>
            <td className="nowrap">
              <button
                type="button"
                onClick={() => setMode({ kind: 'edit', from: f })}
                aria-label={`${f.builtIn ? 'Copy' : 'Edit'} ${f.name}`}
              >
                {f.builtIn ? 'Copy' : 'Edit'}
              </button>{' '}
              <button
                type="button"
                onClick={() => void retire.mutateAsync({ family: f.family, retired: !f.retiredAt })}
                aria-label={`${f.retiredAt ? 'Bring back' : 'Retire'} ${f.name}`}
              >
                {f.retiredAt ? 'Bring back' : 'Retire'}
              </button>
            </td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
