// The end-to-end tests need a Chromium. `npm test` runs this first so a fresh machine needs nothing
// installed by hand: use Playwright's own Chromium or the system's when either is there; otherwise
// try Playwright's download, then (as root on Debian or Ubuntu) the OS package; otherwise stop with
// one line naming the command to run. The chosen path is written for test/playwright.config.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BROWSER_FILE = join(root, 'node_modules', '.cache', 'alliance-browser.json');

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightChromium() {
  const require = createRequire(import.meta.url);
  const { chromium } = require('playwright-core');
  return chromium.executablePath();
}

function find() {
  const fromEnv = process.env.ALLIANCE_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'ALLIANCE_CHROMIUM' };
  const own = playwrightChromium();
  if (existsSync(own)) return { path: own, source: 'playwright' };
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  return system ? { path: system, source: 'system' } : null;
}

function tryPlaywrightDownload() {
  console.log('No Chromium found; trying `npx playwright install chromium`...');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    cwd: root,
    stdio: 'inherit',
    timeout: 300_000,
    shell: process.platform === 'win32',
  });
  return r.status === 0;
}

function tryOsPackage() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (process.platform !== 'linux' || !isRoot || !hasApt) return false;
  console.log("Playwright's download failed; installing the OS package (apt-get install chromium)...");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

let found = find();
if (!found && tryPlaywrightDownload()) found = find();
if (!found && tryOsPackage()) found = find();
if (!found) {
  console.error(
    'The end-to-end tests need Chromium: run `npx playwright install chromium` ' +
      "(or install your system's chromium package), then `npm test` again.",
  );
  process.exit(1);
}
mkdirSync(dirname(BROWSER_FILE), { recursive: true });
writeFileSync(BROWSER_FILE, `${JSON.stringify(found)}\n`);
console.log(
  `End-to-end tests use ${found.source === 'playwright' ? "Playwright's Chromium" : 'Chromium'} at ${found.path}`,
);
