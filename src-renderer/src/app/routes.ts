// Where the app is, kept in the URL's hash (#/supervisees/<id>, #/sessions/<id>, #/settings, and
// #/notes/<supervisee id>/<note id> for one note's case), so
// any record can be linked to and Back and Forward work. The hash holds only view names and ids,
// never clinical text.
import { useSyncExternalStore } from 'react';
import { VIEWS, type ViewId } from './navigation';

export interface Route {
  view: ViewId;
  // The supervisee the view is about, where it is about one.
  id: string | null;
  // One record of theirs the view opens (a note, from search).
  record?: string | null;
}

// The supervisor's week: what needs doing now, across everyone.
export const HOME: Route = { view: 'week', id: null };
const ID = /^[0-9a-f-]{36}$/i;

export function parseHash(hash: string): Route {
  const [view, id, record] = hash.replace(/^#\/?/, '').split('/');
  const known = VIEWS.find((v) => v.id === view);
  if (!known) return HOME;
  const who = id && ID.test(id) ? id : null;
  return { view: known.id, id: who, record: who && record && ID.test(record) ? record : null };
}

export function hrefFor(r: Route): string {
  return `#/${r.view}${r.id ? `/${r.id}` : ''}${r.id && r.record ? `/${r.record}` : ''}`;
}

export function navigate(r: Route, opts: { replace?: boolean } = {}): void {
  const href = hrefFor(r);
  if (window.location.hash === href) return;
  if (opts.replace) window.history.replaceState(null, '', href);
  else window.location.hash = href;
  // replaceState fires no hashchange; tell the subscribers ourselves.
  if (opts.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
