// Settings > Custom rule pack: the user's own requirements as editable JSON, checked against the
// rule-pack schema, starting from any built-in pack.
import { useState } from 'react';
import type { RulePack } from '../../../../src-main/contract/rules';
import { call, refusalOf } from '../../api/queries';
import { useRulePacks } from './hooks';

function packText(p: RulePack & { builtin?: boolean }): string {
  const { builtin: _b, ...pack } = p;
  return JSON.stringify(pack, null, 2);
}

export function CustomRulePackCard() {
  const packs = useRulePacks().data ?? [];
  const custom = packs.find((p) => !p.builtin);
  // Until the user types, the editor shows the saved custom pack (once the packs have loaded).
  const [typed, setText] = useState<string | null>(null);
  const text = typed ?? (custom ? packText(custom) : '');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  function startFrom(id: string) {
    const p = packs.find((x) => x.id === id);
    if (!p) return;
    setText(packText({ ...p, id: 'custom', name: `${p.name} (our version)` }));
  }

  async function save() {
    let pack: unknown;
    try {
      pack = JSON.parse(text);
    } catch {
      setMessage({ kind: 'error', text: 'That is not valid JSON.' });
      return;
    }
    const refused = await refusalOf(call('rules.saveCustom', { pack: pack as RulePack }));
    if (refused) {
      setMessage({ kind: 'error', text: refused.message });
      return;
    }
    // The packs and every supervisee's requirements are read again from the settings it wrote.
    setMessage({
      kind: 'info',
      text: 'Custom rule pack saved. Choose “custom” on a supervisee’s page to follow it.',
    });
  }

  return (
    <div className="card" aria-labelledby="custom-pack-title">
      <h2 id="custom-pack-title">Custom rule pack</h2>
      <p className="muted">
        For a program or state not built in. Start from a built-in pack and change the numbers; the format is described
        in Alliance's guide (docs/guide.md).
      </p>
      <div className="actions" style={{ marginTop: 0, marginBottom: '0.5rem' }}>
        <label htmlFor="start-from" style={{ margin: 0 }}>
          Start from
        </label>
        <select id="start-from" style={{ width: 'auto' }} defaultValue="" onChange={(e) => startFrom(e.target.value)}>
          <option value="" disabled>
            Choose a pack…
          </option>
          {packs
            .filter((p) => p.builtin)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </div>
      <label htmlFor="custom-pack-json">Rule pack (JSON)</label>
      <textarea
        id="custom-pack-json"
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '0.85rem' }}
      />
      {message ? (
        <div
          className={`alert ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          style={{ marginTop: '0.5rem' }}
        >
          {message.text}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={!text.trim()}>
          Save custom pack
        </button>
      </div>
    </div>
  );
}
