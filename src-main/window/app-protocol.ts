// Serves the built renderer from app://alliance/ instead of file://, with the CSP as a header and
// no way to climb out of the renderer folder.
import { net, protocol } from 'electron';
import { extname, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const path = normalize(
      resolve(root, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`),
    );
    if (path !== root && !path.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    const type = TYPES[extname(path)];
    if (type) headers.set('Content-Type', type);
    return new Response(file.body, { status: file.status, headers });
  });
}
