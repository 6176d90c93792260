// The renderer is served from app://alliance/ (a privileged custom scheme, never file://). In
// `electron-vite dev` it comes from the local dev server instead. No electron import: tests use it.
export const APP_SCHEME = 'app';
export const APP_HOST = 'alliance';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return u.protocol === dev.protocol && u.host === dev.host;
}
