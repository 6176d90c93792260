// Checks the *built* main bundle (out/main/index.js, from `npm run build`) in Node. The electron
// module is replaced by a recorder for this purpose only: it captures what main registers so we
// can assert every contract channel is wired and the window is hardened. It proves wiring, not
// Electron behaviour; the _electron smoke test covers that where a binary exists.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src-main/contract';
import { CONTENT_SECURITY_POLICY } from '../../src-main/window/csp';

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'out', 'main', 'index.js');

type Listener = (...args: unknown[]) => unknown;
const rec = {
  singleInstance: false,
  sandboxEnabled: false,
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocols: [] as string[],
  handles: new Map<string, Listener>(),
  windows: [] as { webPreferences: Record<string, unknown> }[],
  loaded: [] as string[],
  contentsEvents: new Map<string, Listener>(),
  windowOpen: null as Listener | null,
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  sessionEvents: new Map<string, Listener>(),
  power: [] as string[],
  menu: null as unknown,
};

const session = {
  setPermissionRequestHandler: (fn: Listener) => (rec.permissionRequest = fn),
  setPermissionCheckHandler: (fn: Listener) => (rec.permissionCheck = fn),
  on: (ev: string, fn: Listener) => rec.sessionEvents.set(ev, fn),
};
const stub = {
  app: {
    requestSingleInstanceLock: () => (rec.singleInstance = true),
    enableSandbox: () => (rec.sandboxEnabled = true),
    quit: () => undefined,
    isPackaged: false,
    getPath: () => tmpdir(),
    getAppPath: () => ROOT,
    on: () => undefined,
    whenReady: () => Promise.resolve(),
  },
  BrowserWindow: class {
    webContents = {
      id: 1,
      session,
      on: (ev: string, fn: Listener) => rec.contentsEvents.set(ev, fn),
      setWindowOpenHandler: (fn: Listener) => (rec.windowOpen = fn),
      send: () => undefined,
    };
    constructor(opts: { webPreferences: Record<string, unknown> }) {
      rec.windows.push(opts);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      rec.loaded.push(url);
      return Promise.resolve();
    }
  },
  ipcMain: { handle: (ch: string, fn: Listener) => rec.handles.set(ch, fn) },
  protocol: {
    registerSchemesAsPrivileged: (s: typeof rec.privileged) => rec.privileged.push(...s),
    handle: (scheme: string) => rec.protocols.push(scheme),
  },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (rec.menu = m) },
  powerMonitor: { on: (ev: string) => rec.power.push(ev) },
  shell: { openExternal: () => Promise.resolve() },
  net: { fetch: () => Promise.reject(new Error('not in this test')) },
};

const vaultDir = mkdtempSync(join(tmpdir(), 'alliance-wiring-'));
const mod = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
const originalLoad = mod._load;

beforeAll(async () => {
  expect(existsSync(MAIN), 'run `npm run build` first: this test checks the built main').toBe(true);
  process.env.ALLIANCE_VAULT_DIR = join(vaultDir, 'vault');
  mod._load = function (req: string, ...rest: unknown[]) {
    if (req === 'electron') return stub;
    return originalLoad.call(this, req, ...rest);
  };
  createRequire(__filename)(MAIN);
  await new Promise((r) => setTimeout(r, 50));
});
afterAll(() => {
  mod._load = originalLoad;
  delete process.env.ALLIANCE_VAULT_DIR;
  rmSync(vaultDir, { recursive: true, force: true });
});

describe('built main process', () => {
  it('takes the single-instance lock and enables the sandbox for every renderer', () => {
    expect(rec.singleInstance).toBe(true);
    expect(rec.sandboxEnabled).toBe(true);
  });

  it('registers a handler for every contract channel and nothing else', () => {
    expect([...rec.handles.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('checks the sender of every call', async () => {
    const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://alliance/index.html' } };
    const foreign = { sender: { id: 1 }, senderFrame: { url: 'https://example.org/' } };
    const otherWindow = { sender: { id: 2 }, senderFrame: { url: 'app://alliance/index.html' } };
    expect(await rec.handles.get('vault.status')!(trusted, {})).toMatchObject({ ok: true });
    for (const channel of CHANNEL_NAMES) {
      expect(await rec.handles.get(channel)!(foreign, {})).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(await rec.handles.get(channel)!(otherWindow, {})).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
  });

  it('opens one hardened window on the custom app protocol, never file://', () => {
    expect(rec.windows).toHaveLength(1);
    const wp = rec.windows[0]!.webPreferences;
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(wp).not.toHaveProperty('enableBlinkFeatures');
    expect(String(wp.preload)).toMatch(/out[\\/]preload[\\/]index\.js$/);
    expect(rec.loaded).toEqual(['app://alliance/index.html']);
    expect(rec.protocols).toEqual(['app']);
    expect(rec.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(rec.privileged[0]!.privileges).not.toHaveProperty('bypassCSP');
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const nav = rec.contentsEvents.get('will-navigate')!;
    let prevented = 0;
    const ev = { preventDefault: () => prevented++ };
    nav(ev, 'https://example.org/');
    nav(ev, 'file:///etc/passwd');
    expect(prevented).toBe(2);
    nav(ev, 'app://alliance/index.html');
    expect(prevented).toBe(2);
    expect(rec.contentsEvents.has('will-redirect')).toBe(true);
    expect(rec.contentsEvents.has('will-attach-webview')).toBe(true);
    expect(rec.windowOpen!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(rec.windowOpen!({ url: 'app://alliance/index.html' })).toEqual({ action: 'deny' });
  });

  it('never hands URLs to shell.openExternal', () => {
    expect(readFileSync(MAIN, 'utf8')).not.toMatch(/openExternal/);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      rec.permissionRequest!({}, p, (ok: boolean) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(rec.permissionCheck!({}, 'media')).toBe(false);
    expect(rec.sessionEvents.has('will-download')).toBe(true);
  });

  it('locks the vault on suspend and lock-screen, and has a native menu', () => {
    expect(rec.power.sort()).toEqual(['lock-screen', 'suspend']);
    expect(JSON.stringify(rec.menu)).toMatch(/Lock vault/);
  });

  it('ships the same strict CSP in index.html as the protocol handler sends', () => {
    const html = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('bundles a preload that exposes only typed functions, never ipcRenderer', () => {
    const preload = readFileSync(join(ROOT, 'out', 'preload', 'index.js'), 'utf8');
    // Minified: the bundler may quote with backticks.
    expect(preload).toMatch(/exposeInMainWorld\([`"']api[`"']/);
    expect(preload).not.toMatch(/exposeInMainWorld\([`"'](ipcRenderer|electron)[`"']/);
    expect(preload).not.toMatch(/^import /m);
    const requires = [...preload.matchAll(/require\([`"']([^`"']+)[`"']\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
  });
});
