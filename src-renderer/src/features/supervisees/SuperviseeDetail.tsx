import { useState } from 'react';
import { dateText } from '../../app/format';
import { DISCIPLINE_LABELS } from '../../../../src-main/contract/enums';
import { hrefFor, navigate } from '../../app/routes';
import { refusalOf } from '../../api/queries';
import { TextField } from '../../components/Field';
import {
  useArchiveSupervisee,
  useDeleteSupervisee,
  useRestoreSupervisee,
  useSupervisee,
  useUpdateSupervisee,
} from './hooks';
import { SuperviseeForm } from './SuperviseeForm';
import { useRulePacks } from '../rules/hooks';
import { AgreementCard } from '../agreements/AgreementCard';
import { GoalsCard } from '../agreements/GoalsCard';
import { ConstellationCard } from '../alliance/ConstellationCard';
import { ArchiveCard } from '../archive/ArchiveCard';
import { RetentionCard } from '../retention/RetentionCard';
import { ExchangeCard } from '../exchange/ExchangeCard';
import { RequirementsCard } from '../rules/RequirementsCard';
import { ForecastCard } from '../rules/ForecastCard';
import { BeforeYouMeet, QuickActions } from './BeforeYouMeet';

const LIST = hrefFor({ view: 'supervisees', id: null });

export function SuperviseeDetail(props: { id: string }) {
  const query = useSupervisee(props.id);
  const s = query.data;
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const update = useUpdateSupervisee();
  // The pack's name, not its id ("California BBS …", not "ca-bbs").
  const packs = useRulePacks().data ?? [];
  const archive = useArchiveSupervisee();
  const restore = useRestoreSupervisee();
  const del = useDeleteSupervisee();
  const error = query.error?.message ?? actionError;

  if (error)
    return (
      <div className="alert error" role="alert">
        {error}{' '}
        <a className="link" href={LIST}>
          Back to supervisees
        </a>
      </div>
    );
  if (!s) return <p className="muted">Loading…</p>;

  async function setArchived(archived: boolean) {
    const refused = await refusalOf((archived ? archive : restore).mutateAsync({ id: props.id }));
    if (refused) setActionError(refused.message);
  }

  async function remove() {
    const refused = await refusalOf(del.mutateAsync({ id: props.id, confirmName }));
    if (refused) setDeleteError(refused.message);
    else {
      navigate({ view: 'supervisees', id: null }, { replace: true });
    }
  }

  return (
    <section aria-labelledby="detail-title">
      <a className="link" href={LIST}>
        ← All supervisees
      </a>
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
          editing={s}
          onCancel={() => setEditing(false)}
          onSubmit={async (patch) => {
            const refused = await refusalOf(update.mutateAsync({ id: s.id, patch }));
            if (!refused) setEditing(false);
            return refused;
          }}
        />
      ) : (
        <>
          <QuickActions superviseeId={s.id} />
          <div className="home-layout">
            <div className="home-main">
              <BeforeYouMeet superviseeId={s.id} />
              <GoalsCard superviseeId={s.id} />
              <RequirementsCard superviseeId={s.id} />
              <ForecastCard superviseeId={s.id} />
              <AgreementCard superviseeId={s.id} />
              <ExchangeCard superviseeId={s.id} name={s.fullName} />
            </div>
            <aside className="home-side" aria-label="Profile">
              <div className="card">
                <h2>Profile</h2>
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
                    {dateText(s.supervisionStart)} to {s.supervisionEnd ? dateText(s.supervisionEnd) : 'now'}
                  </dd>
                  <dt>Rule pack</dt>
                  <dd>{s.rulePack ? (packs.find((p) => p.id === s.rulePack)?.name ?? s.rulePack) : '—'}</dd>
                </dl>
              </div>
              <ConstellationCard superviseeId={s.id} />
              <RetentionCard superviseeId={s.id} name={s.fullName} />
              <ArchiveCard
                superviseeId={s.id}
                title="Archive file"
                intro={
                  `${s.fullName}'s records in one encrypted HTML file that any web browser opens, with no ` +
                  'network and nothing to install: for your files, or to hand over when supervision ends.'
                }
              />
            </aside>
          </div>
        </>
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
