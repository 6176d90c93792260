import { useEffect, useState } from 'react';
import { DISCIPLINE_LABELS } from '../../../../src-main/contract/enums';
import type { Supervisee } from '../../../../src-main/contract/supervisees';
import { api } from '../../api/client';
import { TextField } from '../../components/Field';
import { draftFrom, draftToInput, SuperviseeForm } from './SuperviseeForm';

export function SuperviseeDetail(props: { id: string; onBack: () => void }) {
  const [s, setS] = useState<Supervisee | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void api.supervisees.get({ id: props.id }).then((r) => {
      if (!current) return;
      if (r.ok) setS(r.value);
      else setError(r.error.message);
    });
    return () => {
      current = false;
    };
  }, [props.id]);

  if (error)
    return (
      <div className="alert error" role="alert">
        {error}{' '}
        <button type="button" className="link" onClick={props.onBack}>
          Back to supervisees
        </button>
      </div>
    );
  if (!s) return <p className="muted">Loading…</p>;

  async function setArchived(archived: boolean) {
    const r = archived
      ? await api.supervisees.archive({ id: props.id })
      : await api.supervisees.restore({ id: props.id });
    if (r.ok) setS(r.value);
    else setError(r.error.message);
  }

  async function remove() {
    const r = await api.supervisees.delete({ id: props.id, confirmName });
    if (r.ok) props.onBack();
    else setDeleteError(r.error.message);
  }

  return (
    <section aria-labelledby="detail-title">
      <button type="button" className="link" onClick={props.onBack}>
        ← All supervisees
      </button>
      <div className="page-head" style={{ marginTop: '0.5rem' }}>
        <h1 id="detail-title">{s.fullName}</h1>
        <div className="actions" style={{ marginTop: 0 }}>
          {!editing ? (
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          ) : null}
          {s.archivedAt ? (
            <button type="button" onClick={() => void setArchived(false)}>
              Restore
            </button>
          ) : (
            <button type="button" onClick={() => void setArchived(true)}>
              Archive
            </button>
          )}
        </div>
      </div>
      {s.archivedAt ? (
        <div className="alert warn" role="status">
          Archived on {s.archivedAt.slice(0, 10)}. Archived supervisees keep all their records.
        </div>
      ) : null}
      {editing ? (
        <SuperviseeForm
          title="Edit supervisee"
          submitLabel="Save changes"
          initial={draftFrom(s)}
          onCancel={() => setEditing(false)}
          onSubmit={async (d) => {
            const r = await api.supervisees.update({ id: s.id, patch: draftToInput(d) });
            if (!r.ok) return r.error;
            setS(r.value);
            setEditing(false);
            return null;
          }}
        />
      ) : (
        <div className="card">
          <dl className="details">
            <dt>Discipline</dt>
            <dd>{DISCIPLINE_LABELS[s.discipline]}</dd>
            <dt>Status</dt>
            <dd>
              <span className={`badge ${s.status}`}>{s.status}</span>
            </dd>
            <dt>Licence track</dt>
            <dd>{s.licenceTrack || '—'}</dd>
            <dt>Registration number</dt>
            <dd>{s.registrationNumber || '—'}</dd>
            <dt>Program or agency</dt>
            <dd>{s.program || '—'}</dd>
            <dt>Site</dt>
            <dd>{s.site || '—'}</dd>
            <dt>Supervision</dt>
            <dd>
              {s.supervisionStart} to {s.supervisionEnd ?? 'now'}
            </dd>
            <dt>Rule pack</dt>
            <dd>{s.rulePack ?? '—'}</dd>
          </dl>
        </div>
      )}
      {s.archivedAt ? (
        <div className="card">
          <h2>Delete permanently</h2>
          {!deleting ? (
            <>
              <p className="muted">
                Deleting removes this supervisee for good. Boards expect supervision records to be kept for years;
                archive instead unless you are sure.
              </p>
              <button type="button" className="danger" onClick={() => setDeleting(true)}>
                Delete permanently…
              </button>
            </>
          ) : (
            <>
              <TextField
                label={`Type “${s.fullName}” to confirm`}
                autoFocus
                value={confirmName}
                onChange={(e) => setConfirmName(e.target.value)}
                error={deleteError}
              />
              <div className="actions">
                <button
                  type="button"
                  className="danger"
                  disabled={confirmName !== s.fullName}
                  onClick={() => void remove()}
                >
                  Delete for good
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setDeleting(false);
                    setConfirmName('');
                    setDeleteError(null);
                  }}
                >
                  Cancel
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
