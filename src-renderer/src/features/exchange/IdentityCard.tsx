// Settings: this vault's exchange identity. Made once (a name and whose vault it is); then its
// fingerprint, to read aloud when pairing, and its card, to give the other person (docs/exchange.md).
import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, VAULT_ROLES, type VaultRole } from '../../../../src-main/contract/exchange';
import { formErrors, NO_ERRORS, type FormErrors } from '../../api/form-errors';
import { attempt, useRead } from '../../api/queries';
import { ErrorAlert, InfoAlert } from '../../components/Alert';
import { Options, SelectField, TextField } from '../../components/Field';
import { useVaultRole } from '../settings/vault-role';

export function IdentityCard() {
  const status = useRead('exchange.status', { superviseeId: null }).data;
  const [name, setName] = useState('');
  // The vault's own role unless the person picks another (one person can be both, in two vaults).
  const vaultRole = useVaultRole();
  const [picked, setRole] = useState<VaultRole | null>(null);
  const role = picked ?? vaultRole;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  if (!status) return null;
  const own = status.identity;

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await attempt('exchange.createIdentity', { name, role });
    setErrors(r.ok ? NO_ERRORS : formErrors(r.error, ['name', 'role']));
  }

  async function saveCard() {
    const r = await attempt('exchange.saveCard', {});
    if (!r.ok) setErrors(formErrors(r.error, []));
    else if (r.value.path) setSaved(`Saved your card to ${r.value.path}. It holds no secret: give it to them any way.`);
  }

  return (
    <section className="card" aria-labelledby="identity-title">
      <h2 id="identity-title">Exchange identity</h2>
      <p className="muted">
        Supervisor and supervisee each keep their own vault and pass hours, questions and signed receipts as files only
        the other can open. Pairing starts with this identity.
      </p>
      {own ? (
        <>
          <p>
            {own.name}, {ROLE_LABELS[own.role].toLowerCase()}. Your fingerprint, to read aloud when you pair:
          </p>
          <p className="fingerprint" data-testid="own-fingerprint">
            {own.fingerprint}
          </p>
          <div className="actions">
            <button type="button" onClick={() => void saveCard()}>
              Save my identity card…
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void create(e)} noValidate>
          <TextField
            label="Your name on the card"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.field('name')}
          />
          <SelectField
            label="Whose vault this is"
            value={role}
            onChange={(e) => setRole(e.target.value as VaultRole)}
            error={errors.field('role')}
          >
            <Options values={VAULT_ROLES} labels={{ supervisor: "A supervisor's", supervisee: "A supervisee's" }} />
          </SelectField>
          <div className="actions">
            <button type="submit">Create my identity</button>
          </div>
        </form>
      )}
      <ErrorAlert message={errors.general} />
      <InfoAlert message={saved} />
    </section>
  );
}
