// The unlocked app: sidebar, the view the URL names, the idle lock and the quick-log shortcut.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-main/contract/settings';
import { attempt, useRead } from '../api/queries';
import { hrefFor, navigate, parseHash, useRoute } from './routes';
import { QUICK_LOG_EVENT } from './quick-log';
import { Brand } from '../components/Brand';
import { VIEWS, viewLabel } from './navigation';
import { useVaultRole } from '../features/settings/vault-role';
import { NotesView } from '../features/notes/NotesView';
import { SessionsView } from '../features/sessions/SessionsView';
import { ReflectView } from '../features/reflections/ReflectView';
import { CompetenciesView } from '../features/frameworks/CompetenciesView';
import { WeekView } from '../features/week/WeekView';
import { TimelineView } from '../features/timeline/TimelineView';
import { SearchDialog } from '../features/search/SearchDialog';
import { SettingsView } from '../features/settings/SettingsView';
import { SupervisorView } from '../features/supervisor/SupervisorView';
import { SuperviseeDetail } from '../features/supervisees/SuperviseeDetail';
import { SuperviseesView } from '../features/supervisees/SuperviseesView';
import { MailboxBanner } from '../features/exchange/MailboxBanner';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'pointermove'] as const;

// Locks after the configured idle time. The main process also locks on suspend and lock-screen.
function useIdleLock(minutes: number, onIdle: () => void) {
  const last = useRef(0);
  useEffect(() => {
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) onIdle();
    }, 5_000);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [minutes, onIdle]);
}

export function AppFrame(props: { onLock: (reason: string) => void; onTheme: (s: Settings['theme']) => void }) {
  const route = useRoute();
  const view = route.view;
  const settings = useRead('settings.get', {}).data ?? DEFAULT_SETTINGS;
  const mainRef = useRef<HTMLElement>(null);
  const [quickLog, setQuickLog] = useState<{ n: number; ask: boolean }>({ n: 0, ask: false });
  // Each opening of search is its own dialog (its id): a close that arrives late, after Esc and a
  // quick Ctrl+K have opened the next one, closes only the dialog it belongs to.
  const [search, setSearch] = useState({ id: 0, open: false });
  const openSearch = () => setSearch((s) => (s.open ? s : { id: s.id + 1, open: true }));
  const { onLock, onTheme } = props;

  // Ctrl/Cmd+Shift+L opens the quick-log form from anywhere in the app.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Ctrl/Cmd+K opens search from anywhere.
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        openSearch();
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        // For the supervisee in view (their sessions or their page); from anywhere else, ask.
        const at = parseHash(window.location.hash);
        const inView = at.view === 'sessions' || at.view === 'supervisees' ? at.id : null;
        navigate({ view: 'sessions', id: inView });
        setQuickLog((q) => ({ n: q.n + 1, ask: !inView && at.view !== 'sessions' }));
      }
    };
    const onQuickLog = (e: Event) => {
      navigate({ view: 'sessions', id: (e as CustomEvent<string>).detail });
      setQuickLog((q) => ({ n: q.n + 1, ask: false }));
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(QUICK_LOG_EVENT, onQuickLog);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(QUICK_LOG_EVENT, onQuickLog);
    };
  }, []);

  useEffect(() => onTheme(settings.theme), [onTheme, settings.theme]);

  const lockIdle = useCallback(() => {
    void attempt('vault.lock', { reason: 'idle' }).then(() => onLock('idle'));
  }, [onLock]);
  useIdleLock(settings.autoLockMinutes, lockIdle);

  // Moving to another view puts focus on its content, as a page load would for a screen reader.
  const firstRoute = useRef(true);
  useEffect(() => {
    const main = mainRef.current;
    // Unless the new view already put focus on something of its own (the quick log's date field).
    if (firstRoute.current) firstRoute.current = false;
    else if (main && !main.contains(document.activeElement)) main.focus();
  }, [route.view, route.id]);

  async function lockNow() {
    await attempt('vault.lock', {});
    onLock('user');
  }

  const role = useVaultRole();
  const label = viewLabel(view, role);
  return (
    <div className="frame">
      <aside className="sidebar">
        <Brand />
        <nav aria-label="Main">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.id}>
                <a
                  className="nav-link"
                  href={hrefFor({ view: v.id, id: null })}
                  aria-current={view === v.id ? 'page' : undefined}
                >
                  {viewLabel(v.id, role)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="spacer" />
        <button type="button" onClick={openSearch} aria-keyshortcuts="Control+K">
          Search…
        </button>
        <button type="button" onClick={() => void lockNow()}>
          Lock vault
        </button>
      </aside>
      <main className="main" ref={mainRef} tabIndex={-1} aria-label={label}>
        <MailboxBanner />
        {view === 'week' ? <WeekView /> : null}
        {view === 'supervisees' && !route.id ? <SuperviseesView /> : null}
        {view === 'supervisees' && route.id ? <SuperviseeDetail key={route.id} id={route.id} /> : null}
        {view === 'sessions' ? (
          <SessionsView key={quickLog.n} superviseeId={route.id} quickLog={quickLog.n > 0 ? quickLog : null} />
        ) : null}
        {view === 'timeline' ? <TimelineView superviseeId={route.id} /> : null}
        {view === 'reflect' ? <ReflectView superviseeId={route.id} record={route.record} /> : null}
        {view === 'competencies' ? <CompetenciesView superviseeId={route.id} record={route.record ?? null} /> : null}
        {view === 'notes' ? <NotesView superviseeId={route.id} noteId={route.record ?? null} /> : null}
        {view === 'you' ? <SupervisorView /> : null}
        {view === 'settings' ? (
          <SettingsView
            settings={settings}
            onLock={() => void lockNow()}
            onRestored={() => navigate({ view: 'supervisees', id: null })}
          />
        ) : null}
      </main>
      {search.open ? (
        <SearchDialog
          key={search.id}
          onClose={() => setSearch((s) => (s.id === search.id ? { ...s, open: false } : s))}
        />
      ) : null}
    </div>
  );
}
