// The only module that touches window.api. Views call these typed functions and get Results back;
// a `locked` error anywhere sends the app back to the unlock screen.
import type { AllianceApi } from '../../../src-main/contract';
import type { Result } from '../../../src-main/contract/errors';

type LockListener = (reason: string) => void;
const lockListeners = new Set<LockListener>();

export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

function notifyLocked(reason: string): void {
  for (const l of lockListeners) l(reason);
}

// Wraps every api function so a `locked` answer is noticed in one place.
function watch<F extends (input: never) => Promise<Result<unknown>>>(fn: F): F {
  return (async (input: never) => {
    const r = await fn(input);
    if (!r.ok && r.error.code === 'locked') notifyLocked('expired');
    return r;
  }) as F;
}

function build(raw: AllianceApi): AllianceApi {
  const out: Record<string, unknown> = {};
  for (const [ns, group] of Object.entries(raw)) {
    if (ns === 'events') continue;
    const wrapped: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(group as Record<string, (i: never) => Promise<Result<unknown>>>)) {
      wrapped[name] = watch(fn);
    }
    out[ns] = wrapped;
  }
  raw.events.onVaultLocked((reason) => notifyLocked(reason));
  return out as AllianceApi;
}

export const api: AllianceApi = build(window.api);
