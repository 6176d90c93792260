// A framework from a file: CSV (one competency per row: code, competency, group; the name and scale
// are typed here) or JSON (the whole definition). Problems are listed by row and column. Sample
// files of both kinds can be saved to start from.
import { useState } from 'react';
import { refusalOf } from '../../api/queries';
import type { Framework } from '../../../../src-main/contract/frameworks';
import { InfoAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { useImportFramework, useSaveFrameworkSample } from './hooks';

export function FrameworkImport(props: { onDone: (message?: string) => void }) {
  const [name, setName] = useState('');
  const [scaleMin, setMin] = useState('1');
  const [scaleMax, setMax] = useState('5');
  const [halfLevels, setHalf] = useState(false);
  const [target, setTarget] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const doImport = useImportFramework();
  const sample = useSaveFrameworkSample();

  async function choose() {
    setProblems([]);
    setStatus(null);
    const made: { framework: Framework | null } = { framework: null };
    const refused = await refusalOf(
      doImport
        .mutateAsync({
          csv: {
            name: name || 'Imported framework',
            scaleMin: Number(scaleMin),
            scaleMax: Number(scaleMax),
            halfLevels,
            targetLevel: target === '' ? null : Number(target),
          },
        })
        .then((r) => (made.framework = r.framework)),
    );
    if (refused) setProblems(refused.issues?.length ? refused.issues.map((i) => i.message) : [refused.message]);
    else if (made.framework)
      props.onDone(`Imported ${made.framework.name} with ${made.framework.competencies.length} competencies.`);
  }

  async function saveSample(format: 'csv' | 'json') {
    const refused = await refusalOf(
      sample.mutateAsync({ format }).then((r) => setStatus(r.path ? `Sample saved to ${r.path}.` : null)),
    );
    if (refused) setProblems([refused.message]);
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import a framework from a file</h2>
      <p className="muted">
        A CSV file has a header row with the columns <strong>code</strong>, <strong>competency</strong> and (if you use
        them) <strong>group</strong>, then one competency per row; give its name and scale here. A JSON file holds the
        whole framework, scale and labels included.
      </p>
      <div className="grid-3">
        <TextField
          label="Name (for a CSV file)"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
        <TextField label="Lowest level" type="number" value={scaleMin} onChange={(e) => setMin(e.target.value)} />
        <TextField label="Highest level" type="number" value={scaleMax} onChange={(e) => setMax(e.target.value)} />
      </div>
      <div className="grid-2">
        <TextField
          label="Target level (optional)"
          type="number"
          step="0.5"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        />
        <label className="checkbox">
          <input type="checkbox" checked={halfLevels} onChange={(e) => setHalf(e.target.checked)} /> Half levels allowed
        </label>
      </div>
      {problems.length ? (
        <div className="alert error" role="alert">
          <p>The file was not imported. Fix these and choose it again:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <InfoAlert message={status} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void choose()} disabled={doImport.isPending}>
          Choose a CSV or JSON file…
        </button>
        <button type="button" onClick={() => void saveSample('csv')}>
          Save a sample CSV
        </button>
        <button type="button" onClick={() => void saveSample('json')}>
          Save a sample JSON
        </button>
        <button type="button" onClick={() => props.onDone()}>
          Close
        </button>
      </div>
    </section>
  );
}
