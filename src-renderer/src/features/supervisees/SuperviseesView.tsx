import { useState } from 'react';
import { DISCIPLINE_LABELS } from '../../../../src-main/contract/enums';
import { hrefFor } from '../../app/routes';
import { RequestFailed } from '../../api/queries';
import { SelectField, TextField } from '../../components/Field';
import { useDebounced } from '../../components/use-debounced';
import { useCreateSupervisee, useSupervisees } from './hooks';
import { SuperviseeForm } from './SuperviseeForm';

type StatusFilter = 'any' | 'active' | 'paused' | 'completed';
type ArchiveFilter = 'exclude' | 'only' | 'include';

export function SuperviseesView() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('any');
  const [archived, setArchived] = useState<ArchiveFilter>('exclude');
  const [adding, setAdding] = useState(false);
  const query = useSupervisees({ search: useDebounced(search), status, archived });
  const rows = query.data ?? null;
  const error = query.error?.message ?? null;
  const create = useCreateSupervisee();

  return (
    <section aria-labelledby="supervisees-title">
      <div className="page-head">
        <h1 id="supervisees-title">Supervisees</h1>
        {!adding ? (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add supervisee
          </button>
        ) : null}
      </div>
      {adding ? (
        <SuperviseeForm
          title="New supervisee"
          submitLabel="Save supervisee"
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            try {
              await create.mutateAsync(input);
              setAdding(false);
              return null;
            } catch (e) {
              if (e instanceof RequestFailed) return e.error;
              throw e;
            }
          }}
        />
      ) : null}
      <div className="toolbar" role="search">
        <div className="grow">
          <TextField
            label="Search supervisees"
            type="search"
            placeholder="Name, program, site, registration…"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
          <option value="any">Any status</option>
          <option value="active">Active</option>
          <option value="paused">Paused</option>
          <option value="completed">Completed</option>
        </SelectField>
        <SelectField label="Show" value={archived} onChange={(e) => setArchived(e.target.value as ArchiveFilter)}>
          <option value="exclude">Current</option>
          <option value="only">Archived</option>
          <option value="include">Current and archived</option>
        </SelectField>
      </div>
      {error ? (
        <div className="alert error" role="alert">
          {error}
        </div>
      ) : null}
      {rows && rows.length === 0 ? (
        <div className="empty card">
          {search || status !== 'any' || archived !== 'exclude'
            ? 'No supervisees match these filters.'
            : 'No supervisees yet. Add the first one to start.'}
        </div>
      ) : null}
      {rows && rows.length > 0 ? (
        <table aria-label="Supervisees">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Discipline</th>
              <th scope="col">Program</th>
              <th scope="col">Since</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <td>
                  <a className="link" href={hrefFor({ view: 'supervisees', id: s.id })}>
                    {s.fullName}
                  </a>
                </td>
                <td>{DISCIPLINE_LABELS[s.discipline]}</td>
                <td>{s.program || <span className="muted">—</span>}</td>
                <td>{s.supervisionStart}</td>
                <td>
                  <span className={`badge ${s.status}`}>{s.status}</span>{' '}
                  {s.archivedAt ? <span className="badge archived">archived</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="muted" aria-live="polite" style={{ marginTop: '0.75rem' }}>
        {rows ? `${rows.length} supervisee${rows.length === 1 ? '' : 's'} shown` : 'Loading…'}
      </p>
    </section>
  );
}
