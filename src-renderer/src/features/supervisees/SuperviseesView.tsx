import { DeletionNotice } from '../retention/deletion-notice';
import { useState } from 'react';
import { dateText } from '../../app/format';
import { DISCIPLINE_LABELS } from '../../../../src-main/contract/enums';
import { hrefFor } from '../../app/routes';
import { refusalOf } from '../../api/queries';
import { SelectField, TextField } from '../../components/Field';
import { useDebounced } from '../../components/use-debounced';
import { useCreateSupervisee, useSupervisees } from './hooks';
import { SuperviseeForm } from './SuperviseeForm';
import { ErrorAlert } from '../../components/Alert';
import { Table } from '../../components/Table';
import { useVaultRole } from '../settings/vault-role';

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
  const own = useVaultRole() === 'supervisee';

  return (
    <section aria-labelledby="supervisees-title">
      <div className="page-head">
        <h1 id="supervisees-title">{own ? 'Your supervision' : 'Supervisees'}</h1>
        {!adding ? (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {own ? 'Add your record' : 'Add supervisee'}
          </button>
        ) : null}
      </div>
      {own ? (
        <p className="muted">
          Your own record as a supervisee: your hours, sessions, reviews and reflections. Pair it with your supervisor
          on its page to exchange logs, prompts and signed receipts.
        </p>
      ) : null}
      <DeletionNotice />
      {adding ? (
        <SuperviseeForm
          title={own ? 'Your record' : 'New supervisee'}
          submitLabel={own ? 'Save your record' : 'Save supervisee'}
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            const refused = await refusalOf(create.mutateAsync(input));
            if (!refused) setAdding(false);
            return refused;
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
      <ErrorAlert message={error} />
      {rows && rows.length === 0 ? (
        <div className="empty card">
          {search || status !== 'any' || archived !== 'exclude'
            ? 'No supervisees match these filters.'
            : own
              ? 'Add your own record to start: your name, your discipline and when your supervision began.'
              : 'No supervisees yet. Add the first one to start.'}
        </div>
      ) : null}
      {rows && rows.length > 0 ? (
        <Table label="Supervisees" columns={['Name', 'Discipline', 'Program', 'Since', 'Status']}>
          {rows.map((s) => (
            <tr key={s.id}>
              <td>
                <a className="link" href={hrefFor({ view: 'supervisees', id: s.id })}>
                  {s.fullName}
                </a>
              </td>
              <td>{DISCIPLINE_LABELS[s.discipline]}</td>
              <td>{s.program || <span className="muted">—</span>}</td>
              <td>{dateText(s.supervisionStart)}</td>
              <td>
                <span className={`badge ${s.status}`}>{s.status}</span>{' '}
                {s.archivedAt ? <span className="badge archived">archived</span> : null}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      <p className="muted" aria-live="polite" style={{ marginTop: '0.75rem' }}>
        {rows ? `${rows.length} supervisee${rows.length === 1 ? '' : 's'} shown` : 'Loading…'}
      </p>
    </section>
  );
}
