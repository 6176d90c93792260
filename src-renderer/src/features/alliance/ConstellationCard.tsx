// The supervisee's constellation on their page: the other supervisors and mentors who hold this
// person, their role and what they cover. Add, change or remove one.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { allianceChannels, type ConstellationMember } from '../../../../src-main/contract/alliance';
import { CONSTELLATION_ROLE_LABELS, CONSTELLATION_ROLES } from '../../../../src-main/contract/enums';
import { refusalOf } from '../../api/queries';
import { contractResolver, formMessage, showRefusal } from '../../api/forms';
import { ErrorAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useAddMember, useConstellation, useRemoveMember, useUpdateMember } from './hooks';
import { FormFrame } from '../../components/FormFrame';

const schema = allianceChannels['constellation.add'].input;
type Values = Omit<z.input<typeof schema>, 'superviseeId'>;

function MemberForm(props: { superviseeId: string; member?: ConstellationMember; onDone: () => void }) {
  const add = useAddMember();
  const update = useUpdateMember();
  const m = props.member;
  const form = useForm<Values>({
    defaultValues: { name: m?.name ?? '', role: m?.role ?? 'site_supervisor', covers: m?.covers ?? '' },
    resolver: contractResolver<Values>(schema, (v) => ({ superviseeId: props.superviseeId, ...v })),
  });
  const { register, handleSubmit, formState } = form;
  const submit = handleSubmit(async (v) => {
    const refused = await refusalOf(
      m ? update.mutateAsync({ id: m.id, ...v }) : add.mutateAsync({ superviseeId: props.superviseeId, ...v }),
    );
    if (refused) showRefusal(form, refused);
    else props.onDone();
  });
  const title = m ? `Change ${m.name}` : 'Add someone who holds this supervisee';
  return (
    <FormFrame className="subform" label={title} onSubmit={(e) => void submit(e)} onCancel={props.onDone}>
      <div className="grid-3">
        <TextField
          label="Name"
          autoFocus
          autoComplete="off"
          {...register('name')}
          error={formState.errors.name?.message}
        />
        <SelectField label="Role" {...register('role')} error={formState.errors.role?.message}>
          <Options values={CONSTELLATION_ROLES} labels={CONSTELLATION_ROLE_LABELS} />
        </SelectField>
        <TextField
          label="What they cover"
          autoComplete="off"
          {...register('covers')}
          error={formState.errors.covers?.message}
        />
      </div>
      <ErrorAlert message={formMessage(formState.errors)} />
      <FormActions submit={m ? 'Save' : 'Add'} busy={formState.isSubmitting} onCancel={props.onDone} />
    </FormFrame>
  );
}

export function ConstellationCard(props: { superviseeId: string }) {
  const members = useConstellation(props.superviseeId).data ?? [];
  const remove = useRemoveMember();
  const [editing, setEditing] = useState<ConstellationMember | 'new' | null>(null);
  return (
    <section className="card" aria-labelledby="constellation-title">
      <div className="page-head">
        <h2 id="constellation-title">Who else holds them</h2>
        {editing === null ? (
          <div className="actions" style={{ marginTop: 0 }}>
            <button type="button" onClick={() => setEditing('new')}>
              Add a person
            </button>
          </div>
        ) : null}
      </div>
      {editing === 'new' ? <MemberForm superviseeId={props.superviseeId} onDone={() => setEditing(null)} /> : null}
      {members.length === 0 && editing === null ? (
        <p className="muted">No other supervisors or mentors recorded yet.</p>
      ) : (
        <ul className="plain-list">
          {members.map((m) =>
            editing !== 'new' && editing?.id === m.id ? (
              <li key={m.id}>
                <MemberForm superviseeId={props.superviseeId} member={m} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={m.id} className="item-row">
                <span>
                  <strong>{m.name}</strong> · {CONSTELLATION_ROLE_LABELS[m.role]}
                  {m.covers ? <span className="muted"> · {m.covers}</span> : null}
                </span>
                <span className="actions" style={{ marginTop: 0 }}>
                  <button type="button" onClick={() => setEditing(m)} aria-label={`Change ${m.name}`}>
                    Change
                  </button>
                  <button
                    type="button"
                    onClick={() => void remove.mutateAsync({ id: m.id })}
                    aria-label={`Remove ${m.name}`}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
