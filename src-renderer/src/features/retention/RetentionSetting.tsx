// Settings: the supervisor's own retention period. A rule pack's longer period still wins for the
// supervisees who follow it; this can lengthen what the packs ask, never shorten it.
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../src-main/contract/settings';
import { RequestFailed, setRead, useWrite } from '../../api/queries';
import { TextField } from '../../components/Field';

export function RetentionSetting(props: { settings: Settings }) {
  const [years, setYears] = useState(String(props.settings.retentionYears));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const write = useWrite('settings.update', (s) => setRead('settings.get', {}, s));

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const n = Number(years);
    if (!years.trim() || !Number.isInteger(n)) {
      setError('Enter a whole number of years.');
      return;
    }
    try {
      await write.mutateAsync({ retentionYears: n });
      setError(null);
      setSaved(true);
    } catch (err) {
      if (!(err instanceof RequestFailed)) throw err;
      setError(err.error.issues?.[0]?.message ?? err.error.message);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void save(e)} aria-labelledby="retention-setting-title" noValidate>
      <h2 id="retention-setting-title">Keeping records</h2>
      <TextField
        label="Years to keep records after supervision ends"
        type="number"
        min={1}
        max={50}
        value={years}
        onChange={(e) => setYears(e.target.value)}
        error={error}
        hint="Seven is the common rule. A supervisee's rule pack can ask for longer; the longer period always applies."
      />
      <div className="actions">
        <button type="submit">Save</button>
        {saved ? (
          <span className="muted" role="status">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
